package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.RequestBodies.TagCreation;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Ref;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * lakeFS's tag operations, for the reactive client.
 */
public interface ReactiveTagExchange {

    @PostExchange("/repositories/{repository}/tags")
    @LakeFSOperation(value = "createTag", idempotent = false)
    Mono<Ref> createTag(@PathVariable("repository") String repository, @RequestBody TagCreation creation);

    @GetExchange("/repositories/{repository}/tags/{tag}")
    @LakeFSOperation(value = "getTag", idempotent = true)
    Mono<Ref> getTag(@PathVariable("repository") String repository, @PathVariable("tag") String tag);

    @GetExchange("/repositories/{repository}/tags")
    @LakeFSOperation(value = "listTags", idempotent = true)
    Mono<Page<Ref>> listTags(@PathVariable("repository") String repository,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount);

    @DeleteExchange("/repositories/{repository}/tags/{tag}")
    @LakeFSOperation(value = "deleteTag", idempotent = true)
    Mono<Void> deleteTag(@PathVariable("repository") String repository, @PathVariable("tag") String tag);

}
