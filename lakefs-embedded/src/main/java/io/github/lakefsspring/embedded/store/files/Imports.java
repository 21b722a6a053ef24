package io.github.lakefsspring.embedded.store.files;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.Commit;
import io.github.lakefsspring.embedded.store.CommitRequest;
import io.github.lakefsspring.embedded.store.ImportSource;
import io.github.lakefsspring.embedded.store.ImportStatus;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.StoreException.Kind;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * Runs imports in the background: lists each source from the blockstore, then commits the imported entries
 * (which point at the source objects, as lakeFS imports do: nothing is copied) in one commit on the branch.
 * Import progress lives in memory; an import running when the server stops is lost with it.
 */
final class Imports implements AutoCloseable {

    private final FileVersionedStore store;

    private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
        Thread thread = new Thread(task, "lakefs-embedded-import");
        thread.setDaemon(true);
        return thread;
    });

    private final Map<String, Progress> running = new ConcurrentHashMap<>();

    Imports(FileVersionedStore store) {
        this.store = store;
    }

    String start(String repository, String branch, List<ImportSource> sources, CommitRequest request) {
        String id = UUID.randomUUID().toString().replace("-", "");
        Progress progress = new Progress();
        this.running.put(repository + "/" + id, progress);
        progress.future = this.executor.submit(() -> run(repository, branch, sources, request, progress));
        return id;
    }

    ImportStatus status(String repository, String id) {
        return progress(repository, id).status();
    }

    void cancel(String repository, String id) {
        Progress progress = progress(repository, id);
        synchronized (progress) {
            if (progress.completed || progress.error != null) {
                throw new StoreException(Kind.CONFLICT, "conflict found");
            }
            progress.canceled = true;
            progress.error = "Canceled";
            progress.touch();
        }
    }

    private Progress progress(String repository, String id) {
        Progress progress = this.running.get(repository + "/" + id);
        if (progress == null) {
            throw new StoreException(Kind.NOT_FOUND, "not found");
        }
        return progress;
    }

    private void run(String repository, String branch, List<ImportSource> sources, CommitRequest request,
            Progress progress) {
        try {
            Map<String, StoredEntry> imported = new TreeMap<>();
            for (ImportSource source : sources) {
                if (source.commonPrefix()) {
                    try (Stream<StoredBlob> blobs = this.store.files().list(source.uri())) {
                        for (StoredBlob blob : (Iterable<StoredBlob>) blobs::iterator) {
                            if (progress.canceled) {
                                return;
                            }
                            String path = source.destination() + blob.physicalAddress().substring(source.uri().length());
                            imported.put(path, StoredEntry.of(blob.physicalAddress(), blob.checksum(), blob.sizeBytes(),
                                    modified(blob), "application/octet-stream", Map.of()));
                            progress.ingested.incrementAndGet();
                        }
                    }
                }
                else {
                    if (!this.store.files().exists(source.uri())) {
                        throw new StoreException(Kind.BAD_REQUEST, "import source " + source.uri() + ": not found");
                    }
                    try (Stream<StoredBlob> blobs = this.store.files().list(source.uri())) {
                        StoredBlob blob = blobs.filter((b) -> b.physicalAddress().equals(source.uri()))
                            .findFirst()
                            .orElseThrow(() -> new StoreException(Kind.BAD_REQUEST,
                                    "import source " + source.uri() + ": not found"));
                        imported.put(source.destination(), StoredEntry.of(blob.physicalAddress(), blob.checksum(),
                                blob.sizeBytes(), modified(blob), "application/octet-stream", Map.of()));
                        progress.ingested.incrementAndGet();
                    }
                }
            }
            synchronized (progress) {
                if (progress.canceled) {
                    return;
                }
                Commit commit = this.store.commitImport(repository, branch, sources, imported, request);
                progress.commit = commit;
                progress.completed = true;
                progress.touch();
            }
        }
        catch (IOException | RuntimeException ex) {
            synchronized (progress) {
                progress.error = "import error: merge import: " + ex.getMessage();
                progress.touch();
            }
        }
    }

    private long modified(StoredBlob blob) throws IOException {
        return java.nio.file.Files.getLastModifiedTime(this.store.files().file(blob.physicalAddress())).toInstant()
            .getEpochSecond();
    }

    @Override
    public void close() {
        this.executor.shutdownNow();
    }

    /** What an import has done so far. */
    private static final class Progress {

        private final AtomicLong ingested = new AtomicLong();

        private volatile boolean completed;

        private volatile boolean canceled;

        private volatile @Nullable String error;

        private volatile @Nullable Commit commit;

        private volatile Instant updated = Instant.now();

        private volatile java.util.concurrent.@Nullable Future<?> future;

        void touch() {
            this.updated = Instant.now();
        }

        synchronized ImportStatus status() {
            Commit done = this.commit;
            return new ImportStatus(this.completed, this.updated.truncatedTo(ChronoUnit.MILLIS).toString(),
                    this.ingested.get(), (done != null) ? done.metaRangeId() : null, done, this.error);
        }

    }

}
