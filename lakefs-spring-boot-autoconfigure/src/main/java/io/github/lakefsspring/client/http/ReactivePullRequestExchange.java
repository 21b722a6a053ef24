package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.RequestBodies.MergeResult;
import io.github.lakefsspring.client.http.RequestBodies.PullRequestCreated;
import io.github.lakefsspring.client.http.RequestBodies.PullRequestCreation;
import io.github.lakefsspring.client.http.RequestBodies.PullRequestUpdate;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.PullRequest;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PatchExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/**
 * lakeFS's pull request operations, for the reactive client.
 */
public interface ReactivePullRequestExchange {

    @GetExchange("/repositories/{repository}/pulls")
    @LakeFSOperation(value = "listPullRequests", idempotent = true)
    Mono<Page<PullRequest>> listPullRequests(@PathVariable("repository") String repository,
            @RequestParam(name = "status", required = false) @Nullable String status,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @PostExchange("/repositories/{repository}/pulls")
    @LakeFSOperation(value = "createPullRequest", idempotent = false)
    Mono<PullRequestCreated> createPullRequest(@PathVariable("repository") String repository,
            @RequestBody PullRequestCreation creation);

    @GetExchange("/repositories/{repository}/pulls/{pullRequest}")
    @LakeFSOperation(value = "getPullRequest", idempotent = true)
    Mono<PullRequest> getPullRequest(@PathVariable("repository") String repository,
            @PathVariable("pullRequest") String pullRequest);

    @PatchExchange("/repositories/{repository}/pulls/{pullRequest}")
    @LakeFSOperation(value = "updatePullRequest", idempotent = true)
    Mono<Void> updatePullRequest(@PathVariable("repository") String repository,
            @PathVariable("pullRequest") String pullRequest, @RequestBody PullRequestUpdate update);

    @PutExchange("/repositories/{repository}/pulls/{pullRequest}/merge")
    @LakeFSOperation(value = "mergePullRequest", idempotent = false)
    Mono<MergeResult> mergePullRequest(@PathVariable("repository") String repository,
            @PathVariable("pullRequest") String pullRequest);

}
