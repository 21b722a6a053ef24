package io.github.lakefsspring.embedded.store.files;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;

import io.github.lakefsspring.embedded.store.Commit;
import io.github.lakefsspring.embedded.store.CommitRequest;
import io.github.lakefsspring.embedded.store.ImportSource;
import io.github.lakefsspring.embedded.store.ImportStatus;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.StoreException.Kind;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * Runs imports in the background: lists each source from the blockstore, then commits the imported entries
 * (which point at the source objects, as lakeFS imports do: nothing is copied) in one commit on the branch.
 * Each import is recorded in the store when it starts and when it ends (the import commit and its record are
 * written together), so its status outlives a restart, and an import that was running when the server stopped
 * runs again when it starts.
 */
final class Imports implements AutoCloseable {

    private final FileVersionedStore store;

    private final WriteCoordinator writes;

    private final MVMap<String, ImportRecord> records;

    private final ExecutorService executor = Executors.newSingleThreadExecutor((task) -> {
        Thread thread = new Thread(task, "lakefs-embedded-import");
        thread.setDaemon(true);
        return thread;
    });

    /** Progress of the imports running in this process, by record key. */
    private final Map<String, AtomicLong> ingested = new ConcurrentHashMap<>();

    Imports(FileVersionedStore store, WriteCoordinator writes, MVMap<String, ImportRecord> records) {
        this.store = store;
        this.writes = writes;
        this.records = records;
        for (Map.Entry<String, ImportRecord> entry : records.entrySet()) {
            if (!entry.getValue().finished()) {
                submit(entry.getKey(), entry.getValue());
            }
        }
    }

    String start(String repository, String branch, List<ImportSource> sources, CommitRequest request) {
        String id = UUID.randomUUID().toString().replace("-", "");
        String key = repository + "/" + id;
        ImportRecord record = new ImportRecord(repository, branch, new ArrayList<>(sources), request.committer(),
                request.message(), new TreeMap<>(request.metadata()), false, null, null, 0, now());
        this.writes.write(repository, (m) -> {
            m.put(this.records, key, record);
            return null;
        });
        submit(key, record);
        return id;
    }

    ImportStatus status(String repository, String id) {
        ImportRecord record = record(repository, id);
        AtomicLong running = this.ingested.get(repository + "/" + id);
        long count = (running != null && !record.finished()) ? running.get() : record.ingested();
        Commit commit = (record.commitId() != null) ? this.store.getCommit(repository, record.commitId()) : null;
        return new ImportStatus(record.completed(), record.updateTime(), count,
                (commit != null) ? commit.metaRangeId() : null, commit, record.error());
    }

    void cancel(String repository, String id) {
        String key = repository + "/" + id;
        this.writes.write(repository, (m) -> {
            ImportRecord record = record(repository, id);
            if (record.completed()) {
                throw new StoreException(Kind.CONFLICT, "conflict found");
            }
            AtomicLong running = this.ingested.get(key);
            m.put(this.records, key, record.failed("import error: Canceled",
                    (running != null) ? running.get() : record.ingested(), now()));
            return null;
        });
    }

    private ImportRecord record(String repository, String id) {
        ImportRecord record = this.records.get(repository + "/" + id);
        if (record == null) {
            throw new StoreException(Kind.NOT_FOUND, "not found");
        }
        return record;
    }

    private void submit(String key, ImportRecord record) {
        AtomicLong progress = new AtomicLong();
        this.ingested.put(key, progress);
        this.executor.submit(() -> {
            try {
                run(key, record, progress);
            }
            finally {
                this.ingested.remove(key);
            }
        });
    }

    private void run(String key, ImportRecord record, AtomicLong progress) {
        try {
            Map<String, StoredEntry> imported = new TreeMap<>();
            for (ImportSource source : record.sources()) {
                if (canceled(key)) {
                    return;
                }
                if (this.store.files().type() == BlockstoreType.S3 && !this.store.files().bucketExists(source.uri())) {
                    throw new IngestFailure("import error: error on ingest: operation error S3: ListObjectsV2, "
                            + "https response error StatusCode: 404, NoSuchBucket: The specified bucket does not exist");
                }
                if (source.commonPrefix()) {
                    try (Stream<StoredBlob> blobs = this.store.files().list(source.uri())) {
                        for (StoredBlob blob : (Iterable<StoredBlob>) blobs::iterator) {
                            String path = source.destination() + blob.physicalAddress().substring(source.uri().length());
                            imported.put(path, entry(blob));
                            progress.incrementAndGet();
                        }
                    }
                }
                else {
                    imported.put(source.destination(), entry(single(source)));
                    progress.incrementAndGet();
                }
            }
            CommitRequest request = new CommitRequest(record.committer(), record.message(), record.metadata(), null,
                    true, false);
            this.store.commitImport(record.repository(), record.branch(), record.sources(), imported, request,
                    (m, commit) -> {
                        ImportRecord current = this.records.get(key);
                        if (current == null || current.finished()) {
                            throw new ImportCanceled();
                        }
                        m.put(this.records, key, current.succeeded(commit.id(), progress.get(), now()));
                    });
        }
        catch (ImportCanceled ex) {
            // the cancel was recorded; nothing is committed
        }
        catch (IngestFailure ex) {
            fail(key, record, ex.getMessage(), progress.get());
        }
        catch (IOException | RuntimeException ex) {
            String reason = (ex instanceof StoreException) ? ex.getMessage() : "cannot read the import source";
            fail(key, record, "import error: merge import: " + reason, progress.get());
        }
    }

    private void fail(String key, ImportRecord record, String error, long ingested) {
        this.writes.write(record.repository(), (m) -> {
            ImportRecord current = this.records.get(key);
            if (current != null && !current.finished()) {
                m.put(this.records, key, current.failed(error, ingested, now()));
            }
            return null;
        });
    }

    private boolean canceled(String key) {
        ImportRecord current = this.records.get(key);
        return current == null || current.finished();
    }

    private StoredBlob single(ImportSource source) throws IOException {
        if (!this.store.files().exists(source.uri())) {
            throw new StoreException(Kind.BAD_REQUEST, "import source " + source.uri() + ": not found");
        }
        try (Stream<StoredBlob> blobs = this.store.files().list(source.uri())) {
            return blobs.filter((b) -> b.physicalAddress().equals(source.uri()))
                .findFirst()
                .orElseThrow(() -> new StoreException(Kind.BAD_REQUEST, "import source " + source.uri() + ": not found"));
        }
    }

    private StoredEntry entry(StoredBlob blob) throws IOException {
        long modified = Files.getLastModifiedTime(this.store.files().file(blob.physicalAddress()))
            .toInstant()
            .getEpochSecond();
        return StoredEntry.of(blob.physicalAddress(), blob.checksum(), blob.sizeBytes(), modified,
                "application/octet-stream", Map.of());
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @Override
    public void close() {
        this.executor.shutdownNow();
    }

    /** An import that cannot read its sources, with the status message lakeFS gives for it. */
    private static final class IngestFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        IngestFailure(String message) {
            super(message);
        }

    }

    /** Thrown inside the commit when the import was canceled meanwhile, so that nothing is committed. */
    private static final class ImportCanceled extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ImportCanceled() {
            super(null, null, false, false);
        }

    }

}
