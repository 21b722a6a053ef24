package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.RequestBodies.BranchCreation;
import io.github.lakefsspring.client.http.RequestBodies.CommitCreation;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Ref;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * lakeFS's branch operations, commits among them, for the reactive client: the ones its API calls.
 */
public interface ReactiveBranchExchange {

    @PostExchange("/repositories/{repository}/branches")
    @LakeFSOperation(value = "createBranch", idempotent = false)
    Mono<String> createBranch(@PathVariable("repository") String repository, @RequestBody BranchCreation creation);

    @GetExchange("/repositories/{repository}/branches/{branch}")
    @LakeFSOperation(value = "getBranch", idempotent = true)
    Mono<Ref> getBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch);

    @GetExchange("/repositories/{repository}/branches")
    @LakeFSOperation(value = "listBranches", idempotent = true)
    Mono<Page<Ref>> listBranches(@PathVariable("repository") String repository,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount,
            @RequestParam(name = "show_hidden", required = false) @Nullable Boolean showHidden);

    @DeleteExchange("/repositories/{repository}/branches/{branch}")
    @LakeFSOperation(value = "deleteBranch", idempotent = true)
    Mono<Void> deleteBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch);

    @PostExchange("/repositories/{repository}/branches/{branch}/commits")
    @LakeFSOperation(value = "commit", idempotent = false)
    Mono<Commit> commit(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestBody CommitCreation commit);

    @GetExchange("/repositories/{repository}/branches/{branch}/diff")
    @LakeFSOperation(value = "diffBranch", idempotent = true)
    Mono<Page<Change>> diffBranch(@PathVariable("repository") String repository, @PathVariable("branch") String branch,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "delimiter", required = false) @Nullable String delimiter,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount);

}
