package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ReactiveRepositoryExchange;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryCreation;
import io.github.lakefsspring.client.model.Repository;

/**
 * Reactive repository calls.
 *
 * @since 0.1.0
 */
public final class ReactiveRepositoriesApi {

    private final ReactiveRepositoryExchange exchange;

    ReactiveRepositoriesApi(ReactiveRepositoryExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * Creates a repository (not retried).
     * @param storageNamespace where its data lives, e.g. {@code s3://bucket/prefix}
     * @return the new repository
     */
    public Mono<Repository> create(String id, String storageNamespace, String defaultBranch) {
        return this.exchange.createRepository(new RepositoryCreation(id, storageNamespace, defaultBranch, false, null));
    }

    /** @return the repository; a {@link NotFoundException} when it does not exist */
    public Mono<Repository> get(String id) {
        return this.exchange.getRepository(id);
    }

    /**
     * @param prefix only repositories whose id starts with it, or {@code null} for all
     * @return every repository, page by page as they are consumed
     */
    public Flux<Repository> list(@Nullable String prefix) {
        return ReactivePages.all((after) -> this.exchange.listRepositories(prefix, after, ReactivePages.PAGE_SIZE));
    }

    /** @return completes once the repository is deleted (its data stays in storage) */
    public Mono<Void> delete(String id) {
        return this.exchange.deleteRepository(id);
    }

}
