package io.github.lakefsspring.client;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ReactiveTagExchange;
import io.github.lakefsspring.client.http.RequestBodies.TagCreation;
import io.github.lakefsspring.client.model.Ref;

/**
 * Reactive tag calls.
 *
 * @since 0.1.0
 */
public final class ReactiveTagsApi {

    private final ReactiveTagExchange exchange;

    ReactiveTagsApi(ReactiveTagExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * Creates a tag on the commit a ref points to (not retried).
     * @return the tag and its commit
     */
    public Mono<Ref> create(String repository, String id, String ref) {
        return this.exchange.createTag(repository, new TagCreation(id, ref));
    }

    /** @return the tag and its commit */
    public Mono<Ref> get(String repository, String id) {
        return this.exchange.getTag(repository, id);
    }

    /** @return every tag, page by page as they are consumed */
    public Flux<Ref> list(String repository) {
        return ReactivePages.all((after) -> this.exchange.listTags(repository, null, after, ReactivePages.PAGE_SIZE));
    }

    /** @return completes once the tag is deleted */
    public Mono<Void> delete(String repository, String id) {
        return this.exchange.deleteTag(repository, id);
    }

}
