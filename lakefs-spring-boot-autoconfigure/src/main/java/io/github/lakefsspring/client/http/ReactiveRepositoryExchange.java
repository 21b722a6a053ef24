package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.RequestBodies.RepositoryCreation;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Repository;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * lakeFS's repository operations, for the reactive client: the ones its API calls.
 */
public interface ReactiveRepositoryExchange {

    @PostExchange("/repositories")
    @LakeFSOperation(value = "createRepository", idempotent = false)
    Mono<Repository> createRepository(@RequestBody RepositoryCreation creation);

    @GetExchange("/repositories/{repository}")
    @LakeFSOperation(value = "getRepository", idempotent = true)
    Mono<Repository> getRepository(@PathVariable("repository") String repository);

    @GetExchange("/repositories")
    @LakeFSOperation(value = "listRepositories", idempotent = true)
    Mono<Page<Repository>> listRepositories(@RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount);

    @DeleteExchange("/repositories/{repository}")
    @LakeFSOperation(value = "deleteRepository", idempotent = true)
    Mono<Void> deleteRepository(@PathVariable("repository") String repository);

}
