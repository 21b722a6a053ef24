package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.ActionsExchange;
import io.github.lakefsspring.client.model.ActionRun;
import io.github.lakefsspring.client.model.HookRun;
import io.github.lakefsspring.client.model.Page;

/**
 * lakeFS Actions calls: the runs of a repository's hooks, each run's hooks, and a hook's log (the request it
 * sent and the answer it got).
 *
 * @since 0.2.0
 */
public final class ActionsApi {

    private final ActionsExchange exchange;

    ActionsApi(ActionsExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * One page of a repository's runs, oldest first.
     * @param branch only runs of this branch, or {@code null}
     * @param commit only runs of this commit, or {@code null}
     * @param after only runs after this run id, or {@code null}
     * @param amount the page size, 1 to 1000
     * @return the page
     */
    public Page<ActionRun> runs(String repository, @Nullable String branch, @Nullable String commit,
            @Nullable String after, int amount) {
        return this.exchange.listRepositoryRuns(repository, branch, commit, after, amount);
    }

    /** @return a run */
    public ActionRun run(String repository, String runId) {
        return this.exchange.getRun(repository, runId);
    }

    /** @return one page of a run's hooks */
    public Page<HookRun> hookRuns(String repository, String runId, @Nullable String after, int amount) {
        return this.exchange.listRunHooks(repository, runId, after, amount);
    }

    /** @return a hook's log: the request it sent, the answer it got, and its error */
    public String hookOutput(String repository, String runId, String hookRunId) {
        return this.exchange.getRunHookOutput(repository, runId, hookRunId);
    }

}
