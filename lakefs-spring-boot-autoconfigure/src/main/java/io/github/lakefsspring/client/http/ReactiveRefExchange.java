package io.github.lakefsspring.client.http;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ResponseBodies.MergeResult;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.MergeRequest;
import io.github.lakefsspring.client.model.Page;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * lakeFS's operations on any ref, for the reactive client: commits, log, diff and merge.
 */
public interface ReactiveRefExchange {

    @GetExchange("/repositories/{repository}/commits/{ref}")
    @LakeFSOperation(value = "getCommit", idempotent = true)
    Mono<Commit> getCommit(@PathVariable("repository") String repository, @PathVariable("ref") String ref);

    @GetExchange("/repositories/{repository}/refs/{ref}/commits")
    @LakeFSOperation(value = "logCommits", idempotent = true)
    Mono<Page<Commit>> logCommits(@PathVariable("repository") String repository, @PathVariable("ref") String ref,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount,
            @RequestParam(name = "objects", required = false) @Nullable List<String> objects,
            @RequestParam(name = "prefixes", required = false) @Nullable List<String> prefixes,
            @RequestParam(name = "limit", required = false) @Nullable Boolean limit,
            @RequestParam(name = "first_parent", required = false) @Nullable Boolean firstParent,
            @RequestParam(name = "since", required = false) @Nullable String since,
            @RequestParam(name = "stop_at", required = false) @Nullable String stopAt);

    @GetExchange("/repositories/{repository}/refs/{leftRef}/diff/{rightRef}")
    @LakeFSOperation(value = "diffRefs", idempotent = true)
    Mono<Page<Change>> diffRefs(@PathVariable("repository") String repository, @PathVariable("leftRef") String leftRef,
            @PathVariable("rightRef") String rightRef, @RequestParam("type") String type,
            @RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "delimiter", required = false) @Nullable String delimiter,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount);

    @PostExchange("/repositories/{repository}/refs/{sourceRef}/merge/{destinationBranch}")
    @LakeFSOperation(value = "mergeIntoBranch", idempotent = false)
    Mono<MergeResult> mergeIntoBranch(@PathVariable("repository") String repository,
            @PathVariable("sourceRef") String sourceRef, @PathVariable("destinationBranch") String destinationBranch,
            @RequestBody MergeRequest merge);

}
