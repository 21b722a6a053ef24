package io.github.lakefsspring.client.http;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.ActionRun;
import io.github.lakefsspring.client.model.HookRun;
import io.github.lakefsspring.client.model.Page;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;

/** lakeFS's actions operations: runs, hook runs and hook logs. */
public interface ActionsExchange {

    @GetExchange("/repositories/{repository}/actions/runs")
    @LakeFSOperation(value = "listRepositoryRuns", idempotent = true)
    Page<ActionRun> listRepositoryRuns(@PathVariable("repository") String repository,
            @RequestParam(name = "branch", required = false) @Nullable String branch,
            @RequestParam(name = "commit", required = false) @Nullable String commit,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @GetExchange("/repositories/{repository}/actions/runs/{runId}")
    @LakeFSOperation(value = "getRun", idempotent = true)
    ActionRun getRun(@PathVariable("repository") String repository, @PathVariable("runId") String runId);

    @GetExchange("/repositories/{repository}/actions/runs/{runId}/hooks")
    @LakeFSOperation(value = "listRunHooks", idempotent = true)
    Page<HookRun> listRunHooks(@PathVariable("repository") String repository, @PathVariable("runId") String runId,
            @RequestParam(name = "after", required = false) @Nullable String after, @RequestParam("amount") int amount);

    @GetExchange("/repositories/{repository}/actions/runs/{runId}/hooks/{hookRunId}/output")
    @LakeFSOperation(value = "getRunHookOutput", idempotent = true)
    String getRunHookOutput(@PathVariable("repository") String repository, @PathVariable("runId") String runId,
            @PathVariable("hookRunId") String hookRunId);

}
