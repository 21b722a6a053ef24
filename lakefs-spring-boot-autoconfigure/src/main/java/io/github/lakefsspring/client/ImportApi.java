package io.github.lakefsspring.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.ImportLocation;
import io.github.lakefsspring.client.model.ImportStatus;

/**
 * Import calls: start an import of objects from storage URIs onto a branch, follow it, cancel it.
 *
 * @since 0.1.0
 */
public final class ImportApi {

    private static final String IMPORT = "/repositories/{repository}/branches/{branch}/import";

    private static final Operation START = Operation.post("importStart", IMPORT, false);

    private static final Operation STATUS = Operation.get("importStatus", IMPORT);

    private static final Operation CANCEL = Operation.delete("importCancel", IMPORT);

    private final LakeFSHttp http;

    ImportApi(LakeFSHttp http) {
        this.http = http;
    }

    /**
     * Starts an import; it runs on the server and ends with one commit on the branch.
     * @param repository the repository id
     * @param branch the branch
     * @param sources what to import and where
     * @param message the commit message
     * @param metadata the commit metadata
     * @return the import id
     */
    public String start(String repository, String branch, List<ImportLocation> sources, String message,
            Map<String, String> metadata) {
        Map<String, Object> commit = new LinkedHashMap<>();
        commit.put("message", message);
        commit.put("metadata", metadata);
        Map<String, String> answer = this.http.call(START)
            .path("repository", repository)
            .path("branch", branch)
            .json(Map.of("paths", sources, "commit", commit))
            .retrieve(new TypeReference<Map<String, String>>() {
            });
        return answer.get("id");
    }

    /**
     * @param repository the repository id
     * @param branch the branch
     * @param id the import id
     * @return where the import stands
     */
    public ImportStatus status(String repository, String branch, String id) {
        return this.http.call(STATUS).path("repository", repository).path("branch", branch).query("id", id)
            .retrieve(ImportStatus.class);
    }

    /**
     * Cancels a running import.
     * @param repository the repository id
     * @param branch the branch
     * @param id the import id
     * @throws ConflictException when the import already finished
     */
    public void cancel(String repository, String branch, String id) {
        this.http.call(CANCEL).path("repository", repository).path("branch", branch).query("id", id).send();
    }

}
