package io.github.lakefsspring.embedded.store.files;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.jspecify.annotations.Nullable;

/**
 * What a branch shows: its committed tree overlaid with its staging area, staged entries winning and tombstones
 * hiding, walked in key order without loading either whole.
 */
final class StagedView {

    private StagedView() {
    }

    /** The objects a tree and a staging area show together, tombstones hidden, from a key on. */
    static Iterator<Map.Entry<String, StoredEntry>> entries(TreeStore trees, String treeId,
            @Nullable MVMap<String, StoredEntry> staging, String from) {
        if (staging == null || staging.isEmpty()) {
            return trees.entries(treeId, from);
        }
        SortedZip zip = new SortedZip(List.of(trees.entries(treeId, from), stagingEntries(staging, from)));
        return new Iterator<>() {

            private Map.@Nullable Entry<String, StoredEntry> next = advance();

            private Map.@Nullable Entry<String, StoredEntry> advance() {
                while (zip.hasNext()) {
                    SortedZip.Row row = zip.next();
                    StoredEntry staged = row.get(1);
                    StoredEntry entry = (staged != null) ? staged : row.get(0);
                    if (entry != null && !entry.tombstone()) {
                        return Map.entry(row.key(), entry);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return this.next != null;
            }

            @Override
            public Map.Entry<String, StoredEntry> next() {
                Map.Entry<String, StoredEntry> current = this.next;
                if (current == null) {
                    throw new NoSuchElementException();
                }
                this.next = advance();
                return current;
            }

        };
    }

    private static Iterator<Map.Entry<String, StoredEntry>> stagingEntries(MVMap<String, StoredEntry> staging,
            String from) {
        Cursor<String, StoredEntry> cursor = staging.cursor(from.isEmpty() ? null : from);
        return new Iterator<>() {

            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Map.Entry<String, StoredEntry> next() {
                String key = cursor.next();
                return Map.entry(key, cursor.getValue());
            }

        };
    }

}
