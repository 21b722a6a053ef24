package io.github.lakefsspring.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Repository;

/**
 * Repository calls: create, get, list, delete, and repository metadata.
 *
 * @since 0.1.0
 */
public final class RepositoriesApi {

    private static final Operation CREATE = Operation.post("createRepository", "/repositories", false);

    private static final Operation GET = Operation.get("getRepository", "/repositories/{repository}");

    private static final Operation LIST = Operation.get("listRepositories", "/repositories");

    private static final Operation DELETE = Operation.delete("deleteRepository", "/repositories/{repository}");

    private static final Operation GET_METADATA = Operation.get("getRepositoryMetadata",
            "/repositories/{repository}/metadata");

    private static final Operation SET_METADATA = Operation.post("setRepositoryMetadata",
            "/repositories/{repository}/metadata", true);

    private static final Operation DELETE_METADATA = Operation.delete("deleteRepositoryMetadata",
            "/repositories/{repository}/metadata");

    private final LakeFSHttp http;

    RepositoriesApi(LakeFSHttp http) {
        this.http = http;
    }

    /**
     * Creates a repository.
     * @param id the repository id
     * @param storageNamespace where its objects go, e.g. {@code s3://bucket/repos/id}
     * @param defaultBranch its first branch
     * @param sampleData whether to fill it with lakeFS's sample data
     * @param storageId the storage to use on a multi-storage server, or {@code null}
     * @return the repository
     */
    public Repository create(String id, String storageNamespace, String defaultBranch, boolean sampleData,
            @Nullable String storageId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", id);
        body.put("storage_namespace", storageNamespace);
        body.put("default_branch", defaultBranch);
        body.put("sample_data", sampleData);
        if (storageId != null) {
            body.put("storage_id", storageId);
        }
        return this.http.call(CREATE).json(body).retrieve(Repository.class);
    }

    /**
     * @param id the repository id
     * @return the repository's properties
     */
    public Repository get(String id) {
        return this.http.call(GET).path("repository", id).retrieve(Repository.class);
    }

    /**
     * One page of repositories.
     * @param prefix only ids starting with it, or {@code null}
     * @param after only ids after it, or {@code null}
     * @param amount the page size, 1 to 1000
     * @return the page
     */
    public Page<Repository> list(@Nullable String prefix, @Nullable String after, int amount) {
        return this.http.call(LIST)
            .query("prefix", prefix)
            .query("after", after)
            .query("amount", amount)
            .retrieve(new TypeReference<Page<Repository>>() {
            });
    }

    /**
     * Deletes a repository (its objects stay in the storage namespace).
     * @param id the repository id
     */
    public void delete(String id) {
        this.http.call(DELETE).path("repository", id).send();
    }

    /**
     * @param id the repository id
     * @return its metadata
     */
    public Map<String, String> metadata(String id) {
        return this.http.call(GET_METADATA).path("repository", id).retrieve(new TypeReference<Map<String, String>>() {
        });
    }

    /**
     * Adds or replaces metadata entries.
     * @param id the repository id
     * @param metadata the entries
     */
    public void setMetadata(String id, Map<String, String> metadata) {
        this.http.call(SET_METADATA).path("repository", id).json(Map.of("metadata", metadata)).send();
    }

    /**
     * Removes metadata entries.
     * @param id the repository id
     * @param keys the keys to remove
     */
    public void deleteMetadata(String id, List<String> keys) {
        this.http.call(DELETE_METADATA).path("repository", id).json(Map.of("keys", keys)).send();
    }

}
