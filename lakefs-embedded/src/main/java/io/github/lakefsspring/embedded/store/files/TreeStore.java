package io.github.lakefsspring.embedded.store.files;

import java.io.Serial;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/**
 * Committed trees as lakeFS keeps them: a tree (meta-range) is a sorted list of immutable chunks (ranges) of
 * entries, and a new tree shares every chunk its changes do not touch. A commit therefore costs time in
 * proportion to the chunks it changes, not to the size of the tree, and reading a tree never loads it whole.
 *
 * <p>Chunks and trees are addressed by their content, as lakeFS's ranges and meta-ranges are: two trees made of the
 * same chunks have the same id, which is how a merge tells that its source brings no changes.
 */
final class TreeStore {

    static final String EMPTY = "";

    private static final int CHUNK_TARGET = 1024;

    private final MVMap<String, TreeIndex> trees;

    private final MVMap<String, Chunk> chunks;

    private final Map<String, Chunk> cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Chunk> eldest) {
            return size() > 512;
        }

    });

    TreeStore(MVStore store) {
        this.trees = store.openMap("trees");
        this.chunks = store.openMap("chunks");
    }

    @Nullable StoredEntry get(String treeId, String path) {
        List<ChunkRef> refs = refs(treeId);
        int index = chunkFor(refs, path);
        return (index < 0) ? null : chunk(refs.get(index).chunkId()).entries().get(path);
    }

    /** The tree's entries in key order from {@code from} (inclusive) on, loading one chunk at a time. */
    Iterator<Map.Entry<String, StoredEntry>> entries(String treeId, String from) {
        List<ChunkRef> refs = refs(treeId);
        int start = Math.max(0, chunkFor(refs, from));
        return new Iterator<>() {

            private int index = start;

            private Iterator<Map.Entry<String, StoredEntry>> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!this.current.hasNext()) {
                    if (this.index >= refs.size()) {
                        return false;
                    }
                    NavigableMap<String, StoredEntry> entries = chunk(refs.get(this.index++).chunkId()).entries();
                    this.current = entries.tailMap(from, true).entrySet().iterator();
                }
                return true;
            }

            @Override
            public Map.Entry<String, StoredEntry> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return this.current.next();
            }

        };
    }

    /** A new tree: this one with entries put and paths removed; the same tree when nothing changes. */
    String apply(String treeId, Map<String, StoredEntry> puts, Set<String> removals) {
        if (puts.isEmpty() && removals.isEmpty()) {
            return treeId;
        }
        List<ChunkRef> refs = refs(treeId);
        TreeSet<String> touched = new TreeSet<>(puts.keySet());
        touched.addAll(removals);
        Map<Integer, List<String>> byChunk = new TreeMap<>();
        for (String path : touched) {
            int index = refs.isEmpty() ? 0 : Math.max(0, chunkFor(refs, path));
            byChunk.computeIfAbsent(index, (key) -> new ArrayList<>()).add(path);
        }
        List<ChunkRef> result = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < Math.max(1, refs.size()); i++) {
            List<String> paths = byChunk.get(i);
            ChunkRef ref = (i < refs.size()) ? refs.get(i) : null;
            if (paths == null) {
                if (ref != null) {
                    result.add(ref);
                }
                continue;
            }
            TreeMap<String, StoredEntry> entries = (ref != null) ? new TreeMap<>(chunk(ref.chunkId()).entries())
                    : new TreeMap<>();
            for (String path : paths) {
                StoredEntry put = puts.get(path);
                StoredEntry old = (put != null) ? entries.put(path, put) : entries.remove(path);
                changed |= (put != null) ? (old == null || !old.sameAs(put)) : old != null;
            }
            result.addAll(store(entries));
        }
        if (!changed) {
            return treeId;
        }
        StringBuilder content = new StringBuilder();
        result.forEach((ref) -> content.append(ref.chunkId()).append('\n'));
        String newId = sha256(content.toString());
        this.trees.put(newId, new TreeIndex(new ArrayList<>(result)));
        return newId;
    }

    private List<ChunkRef> store(TreeMap<String, StoredEntry> entries) {
        List<ChunkRef> refs = new ArrayList<>();
        TreeMap<String, StoredEntry> part = new TreeMap<>();
        for (Map.Entry<String, StoredEntry> entry : entries.entrySet()) {
            part.put(entry.getKey(), entry.getValue());
            if (part.size() == CHUNK_TARGET) {
                refs.add(storeChunk(part));
                part = new TreeMap<>();
            }
        }
        if (!part.isEmpty()) {
            refs.add(storeChunk(part));
        }
        return refs;
    }

    private ChunkRef storeChunk(TreeMap<String, StoredEntry> entries) {
        String id = chunkId(entries);
        Chunk chunk = new Chunk(entries);
        this.chunks.put(id, chunk);
        this.cache.put(id, chunk);
        return new ChunkRef(entries.firstKey(), id);
    }

    /** The id of a chunk: a digest of its entries, so that equal chunks share one id. */
    private static String chunkId(TreeMap<String, StoredEntry> entries) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, StoredEntry> entry : entries.entrySet()) {
            StoredEntry value = entry.getValue();
            update(digest, entry.getKey());
            update(digest, value.physicalAddress());
            update(digest, value.checksum());
            update(digest, Long.toString(value.sizeBytes()));
            update(digest, Long.toString(value.mtime()));
            update(digest, value.contentType());
            value.metadata().forEach((key, metadataValue) -> {
                update(digest, key);
                update(digest, metadataValue);
            });
            update(digest, "");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Adds a length-prefixed string, so that no two different sequences of strings digest alike. */
    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private List<ChunkRef> refs(String treeId) {
        if (treeId.equals(EMPTY)) {
            return List.of();
        }
        TreeIndex index = this.trees.get(treeId);
        return (index != null) ? index.chunks() : List.of();
    }

    /** The index of the chunk that holds (or would hold) a path: the last whose first key is at most the path. */
    private static int chunkFor(List<ChunkRef> refs, String path) {
        int low = 0;
        int high = refs.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (refs.get(middle).firstKey().compareTo(path) <= 0) {
                found = middle;
                low = middle + 1;
            }
            else {
                high = middle - 1;
            }
        }
        return found;
    }

    private Chunk chunk(String id) {
        Chunk chunk = this.cache.get(id);
        if (chunk == null) {
            chunk = this.chunks.get(id);
            if (chunk == null) {
                throw new IllegalStateException("tree chunk " + id + " is missing");
            }
            this.cache.put(id, chunk);
        }
        return chunk;
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A tree: its chunks in key order. */
    record TreeIndex(ArrayList<ChunkRef> chunks) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

    }

    /** A chunk of a tree, found by its first key. */
    record ChunkRef(String firstKey, String chunkId) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

    }

    /** The entries of one chunk; never changed once stored. */
    record Chunk(TreeMap<String, StoredEntry> entries) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

    }

}
