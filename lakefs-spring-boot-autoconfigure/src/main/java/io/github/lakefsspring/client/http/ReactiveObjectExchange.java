package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.RequestBodies.PathList;
import io.github.lakefsspring.client.http.ResponseBodies.ObjectErrorList;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.Page;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * lakeFS's object operations that exchange JSON, for the reactive client (object bytes move through its
 * transfers).
 * <p>The per-object reads (stat, HEAD) spell their query in the URI template: for {@code @RequestParam}
 * arguments Spring re-parses the template on every call to append them, which cost a tenth of a stat's client
 * CPU. A stat asks for lakeFS's defaults (no presigned address, user metadata included), so it sends only the
 * path, as lakeFS's own clients do.
 */
public interface ReactiveObjectExchange {

    @HttpExchange(method = "HEAD", url = "/repositories/{repository}/refs/{ref}/objects?path={path}")
    @LakeFSOperation(value = "headObject", idempotent = true)
    Mono<Void> headObject(@PathVariable("repository") String repository, @PathVariable("ref") String ref,
            @PathVariable("path") String path);

    @GetExchange("/repositories/{repository}/refs/{ref}/objects/stat?path={path}")
    @LakeFSOperation(value = "statObject", idempotent = true)
    Mono<ObjectStats> statObject(@PathVariable("repository") String repository, @PathVariable("ref") String ref,
            @PathVariable("path") String path);

    @GetExchange("/repositories/{repository}/refs/{ref}/objects/ls")
    @LakeFSOperation(value = "listObjects", idempotent = true)
    Mono<Page<ObjectStats>> listObjects(@PathVariable("repository") String repository, @PathVariable("ref") String ref,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "delimiter", required = false) @Nullable String delimiter,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount,
            @RequestParam(name = "user_metadata", required = false) @Nullable Boolean userMetadata);

    @DeleteExchange("/repositories/{repository}/branches/{branch}/objects")
    @LakeFSOperation(value = "deleteObject", idempotent = true)
    Mono<Void> deleteObject(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestParam("path") String path);

    @PostExchange("/repositories/{repository}/branches/{branch}/objects/delete")
    @LakeFSOperation(value = "deleteObjects", idempotent = true)
    Mono<ObjectErrorList> deleteObjects(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestBody PathList paths);

}
