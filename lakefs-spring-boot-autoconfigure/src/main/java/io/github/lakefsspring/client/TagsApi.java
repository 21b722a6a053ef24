package io.github.lakefsspring.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Ref;

/**
 * Tag calls: create, get, list, delete.
 *
 * @since 0.1.0
 */
public final class TagsApi {

    private static final String TAGS = "/repositories/{repository}/tags";

    private static final Operation CREATE = Operation.post("createTag", TAGS, false);

    private static final Operation GET = Operation.get("getTag", TAGS + "/{tag}");

    private static final Operation LIST = Operation.get("listTags", TAGS);

    private static final Operation DELETE = Operation.delete("deleteTag", TAGS + "/{tag}");

    private final LakeFSHttp http;

    TagsApi(LakeFSHttp http) {
        this.http = http;
    }

    /**
     * Creates a tag.
     * @param repository the repository id
     * @param id the tag
     * @param ref the ref it points at
     * @return the tag and its commit id
     */
    public Ref create(String repository, String id, String ref) {
        return this.http.call(CREATE).path("repository", repository).json(Map.of("id", id, "ref", ref))
            .retrieve(Ref.class);
    }

    /**
     * @param repository the repository id
     * @param id the tag
     * @return the tag and its commit id
     */
    public Ref get(String repository, String id) {
        return this.http.call(GET).path("repository", repository).path("tag", id).retrieve(Ref.class);
    }

    /**
     * One page of tags.
     * @param repository the repository id
     * @param prefix only ids starting with it, or {@code null}
     * @param after only ids after it, or {@code null}
     * @param amount the page size, 1 to 1000
     * @return the page
     */
    public Page<Ref> list(String repository, @Nullable String prefix, @Nullable String after, int amount) {
        return this.http.call(LIST)
            .path("repository", repository)
            .query("prefix", prefix)
            .query("after", after)
            .query("amount", amount)
            .retrieve(new TypeReference<Page<Ref>>() {
            });
    }

    /**
     * Deletes a tag.
     * @param repository the repository id
     * @param id the tag
     */
    public void delete(String repository, String id) {
        this.http.call(DELETE).path("repository", repository).path("tag", id).send();
    }

}
