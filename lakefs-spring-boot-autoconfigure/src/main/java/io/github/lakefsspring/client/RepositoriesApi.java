package io.github.lakefsspring.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RepositoryExchange;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryCreation;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryMetadataKeys;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryMetadataSet;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Repository;

/**
 * Repository calls: create, get, list, delete and repository metadata.
 *
 * @since 0.1.0
 */
public final class RepositoriesApi {

    private final RepositoryExchange exchange;

    RepositoriesApi(RepositoryExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * Creates a repository (not retried).
     * @param id the repository id
     * @param storageNamespace where its data lives, e.g. {@code s3://bucket/repos/id}
     * @param defaultBranch its default branch
     * @param sampleData whether lakeFS fills it with sample data
     * @param storageId the storage to use where lakeFS has several, or {@code null}
     * @return the repository
     */
    public Repository create(String id, String storageNamespace, String defaultBranch, boolean sampleData,
            @Nullable String storageId) {
        return this.exchange.createRepository(new RepositoryCreation(id, storageNamespace, defaultBranch, sampleData,
                storageId));
    }

    /** @return the repository with this id */
    public Repository get(String id) {
        return this.exchange.getRepository(id);
    }

    /**
     * One page of repositories.
     * @param prefix only ids starting with it, or {@code null}
     * @param after only ids after it, or {@code null}
     * @param amount the page size, 1 to 1000
     * @return the page
     */
    public Page<Repository> list(@Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listRepositories(prefix, after, amount);
    }

    /** Deletes a repository; its storage namespace cannot be used again. */
    public void delete(String id) {
        this.exchange.deleteRepository(id);
    }

    /** @return the repository's metadata */
    public Map<String, String> metadata(String id) {
        return this.exchange.getRepositoryMetadata(id);
    }

    /** Sets (adds or replaces) metadata entries of a repository. */
    public void setMetadata(String id, Map<String, String> metadata) {
        this.exchange.setRepositoryMetadata(id, new RepositoryMetadataSet(metadata));
    }

    /** Removes metadata entries of a repository. */
    public void deleteMetadata(String id, List<String> keys) {
        this.exchange.deleteRepositoryMetadata(id, new RepositoryMetadataKeys(keys));
    }

}
