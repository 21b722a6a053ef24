package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RequestBodies.TagCreation;
import io.github.lakefsspring.client.http.TagExchange;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Ref;

/**
 * Tag calls: create, get, list and delete.
 *
 * @since 0.1.0
 */
public final class TagsApi {

    private final TagExchange exchange;

    TagsApi(TagExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * Creates a tag on the commit a ref points to (not retried).
     * @return the tag and its commit
     */
    public Ref create(String repository, String id, String ref) {
        return this.exchange.createTag(repository, new TagCreation(id, ref));
    }

    /** @return the tag and its commit */
    public Ref get(String repository, String id) {
        return this.exchange.getTag(repository, id);
    }

    /** @return one page of tags */
    public Page<Ref> list(String repository, @Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listTags(repository, prefix, after, amount);
    }

    /** Deletes a tag. */
    public void delete(String repository, String id) {
        this.exchange.deleteTag(repository, id);
    }

}
