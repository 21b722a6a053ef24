package io.github.lakefsspring.core;

import java.util.stream.Stream;

import io.github.lakefsspring.client.LakeFSClient;

/**
 * The repository-level entry point of the high-level API: handles on repositories, and the repository listing.
 * Implemented by {@link RepositoryTemplate}.
 *
 * @since 0.1.0
 */
public interface RepositoryOperations {

    /**
     * @param id the repository id
     * @return a handle on the repository (no request)
     */
    Repository repository(String id);

    /** @return every repository, lazily paged */
    Stream<Repository> repositories();

    /**
     * @param options prefix, after, max amount, page size
     * @return the repositories, lazily paged, with their properties
     */
    Stream<Repository> repositories(ListOptions options);

    /** @return the REST client underneath, for calls the high-level API does not cover */
    LakeFSClient client();

}
