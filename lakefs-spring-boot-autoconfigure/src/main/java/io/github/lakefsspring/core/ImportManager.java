package io.github.lakefsspring.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSException;
import io.github.lakefsspring.client.model.ImportLocation;
import io.github.lakefsspring.client.model.ImportStatus;

/**
 * An import of objects from storage URIs onto a branch, ending in one commit. Add sources with {@link #prefix}
 * and {@link #object}, then {@link #run()} (start and wait) or {@link #start()} and {@link #waitFor}. Unlike
 * the Python SDK, waiting has a timeout and reports progress.
 *
 * @since 0.1.0
 */
public final class ImportManager {

    private final LakeFSClient client;

    private final String repository;

    private final String branch;

    private final String commitMessage;

    private final Map<String, String> metadata;

    private final List<ImportLocation> sources = new ArrayList<>();

    private @Nullable String importId;

    ImportManager(LakeFSClient client, String repository, String branch, String commitMessage,
            Map<String, String> metadata) {
        this.client = client;
        this.repository = repository;
        this.branch = branch;
        this.commitMessage = commitMessage;
        this.metadata = Map.copyOf(metadata);
    }

    /**
     * Adds every object under a URI prefix.
     * @param uri the source prefix, e.g. {@code s3://bucket/path/}
     * @param destination the prefix on the branch
     * @return this import
     */
    public ImportManager prefix(String uri, String destination) {
        return add(ImportLocation.prefix(uri, destination));
    }

    /**
     * Adds one object.
     * @param uri the source object, e.g. {@code s3://bucket/path/file}
     * @param destination the path on the branch
     * @return this import
     */
    public ImportManager object(String uri, String destination) {
        return add(ImportLocation.object(uri, LakeFSNames.requirePath(destination)));
    }

    private ImportManager add(ImportLocation location) {
        if (this.importId != null) {
            throw new IllegalStateException("Import " + this.importId + " already started: sources cannot be added");
        }
        LakeFSNames.requireStorageNamespace(location.path());
        this.sources.add(location);
        return this;
    }

    /** @return the sources added so far */
    public List<ImportLocation> sources() {
        return List.copyOf(this.sources);
    }

    /** @return the import id once started, else {@code null} */
    public @Nullable String importId() {
        return this.importId;
    }

    /**
     * Starts the import on the server; it can be started once.
     * @return the import id
     */
    public synchronized String start() {
        if (this.importId != null) {
            throw new IllegalStateException("Import " + this.importId + " was already started; an import manager "
                    + "can be used once");
        }
        this.importId = this.client.imports().start(this.repository, this.branch, this.sources, this.commitMessage,
                this.metadata);
        return this.importId;
    }

    /** @return where the import stands */
    public ImportStatus status() {
        return this.client.imports().status(this.repository, this.branch, requireStarted());
    }

    /**
     * Waits until the import completes, polling the server.
     * @param timeout how long to wait at most
     * @param pollInterval how often to poll
     * @param progress told the number of objects ingested after each poll
     * @return the final status
     * @throws ImportFailedException when the import fails or is canceled
     * @throws LakeFSException when the timeout passes first (the import keeps running)
     */
    public ImportStatus waitFor(Duration timeout, Duration pollInterval, LongConsumer progress) {
        String id = requireStarted();
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            ImportStatus status = status();
            progress.accept(status.ingestedObjects());
            if (status.error() != null) {
                throw new ImportFailedException(id, status.error().message());
            }
            if (status.completed()) {
                return status;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LakeFSException("Import " + id + " did not complete within " + timeout + " ("
                        + status.ingestedObjects() + " objects ingested so far); it keeps running on the server");
            }
            try {
                Thread.sleep(pollInterval.toMillis());
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new LakeFSException("Interrupted while waiting for import " + id, ex);
            }
        }
    }

    /**
     * Starts the import and waits up to an hour for it, polling every 200 ms at first.
     * @return the final status
     */
    public ImportStatus run() {
        start();
        return waitFor(Duration.ofHours(1), Duration.ofMillis(200), (ingested) -> {
        });
    }

    /** Cancels the running import; a finished import answers with a {@code ConflictException}. */
    public void cancel() {
        this.client.imports().cancel(this.repository, this.branch, requireStarted());
    }

    private String requireStarted() {
        String id = this.importId;
        if (id == null) {
            throw new IllegalStateException("The import has not been started");
        }
        return id;
    }

    /**
     * An import failed or was canceled; the branch is unchanged.
     */
    public static class ImportFailedException extends LakeFSException {

        private static final long serialVersionUID = 1L;

        public ImportFailedException(String importId, String reason) {
            super("Import " + importId + " failed: " + reason);
        }

    }

}
