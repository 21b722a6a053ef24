package io.github.lakefsspring.client;

import java.util.List;
import java.util.Map;

import io.github.lakefsspring.client.http.ImportExchange;
import io.github.lakefsspring.client.http.RequestBodies.ImportCommit;
import io.github.lakefsspring.client.http.RequestBodies.ImportCreation;
import io.github.lakefsspring.client.model.ImportLocation;
import io.github.lakefsspring.client.model.ImportStatus;

/**
 * Import calls: start (never retried), status and cancel.
 *
 * @since 0.1.0
 */
public final class ImportApi {

    private final ImportExchange exchange;

    ImportApi(ImportExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * Starts importing objects that already are in storage, committed in one commit on a clean branch.
     * @return the import id
     */
    public String start(String repository, String branch, List<ImportLocation> sources, String message,
            Map<String, String> metadata) {
        return this.exchange.importStart(repository, branch, new ImportCreation(sources,
                new ImportCommit(message, metadata))).id();
    }

    /** @return how far an import got */
    public ImportStatus status(String repository, String branch, String id) {
        return this.exchange.importStatus(repository, branch, id);
    }

    /** Cancels a running import. */
    public void cancel(String repository, String branch, String id) {
        this.exchange.importCancel(repository, branch, id);
    }

}
