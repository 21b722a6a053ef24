package io.github.lakefsspring.embedded.server.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.store.ActionRun;
import io.github.lakefsspring.embedded.server.actions.ActionsService;
import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.store.VersionedStore;

/**
 * The actions API: the runs of lakeFS Actions in a repository, their hooks and each hook's log.
 */
public final class ActionsApi {

    private final VersionedStore store;

    private final ActionsService actions;

    public ActionsApi(VersionedStore store, ActionsService actions) {
        this.store = store;
        this.actions = actions;
    }

    public void register(Routes routes) {
        routes.get("/repositories/{repository}/actions/runs", "ListRepositoryRuns")
            .parameters(ParameterSpec.emptyAllowed("after"), ParameterSpec.amount(), ParameterSpec.query("branch"),
                    ParameterSpec.query("commit"))
            .blocking((request) -> {
                String repository = existing(request);
                List<ActionRun> runs = this.actions.runs(repository, request.query("branch"), request.query("commit"));
                return ApiResponse.json(200,
                        Views.page(InMemoryPages.page(runs, request, ActionRun::runId), ActionsApi::run));
            });
        routes.get("/repositories/{repository}/actions/runs/{run_id}", "GetRun")
            .blocking((request) -> ApiResponse.json(200, run(find(request))));
        routes.get("/repositories/{repository}/actions/runs/{run_id}/hooks", "ListRunHooks")
            .parameters(ParameterSpec.emptyAllowed("after"), ParameterSpec.amount())
            .blocking((request) -> ApiResponse.json(200, Views.page(InMemoryPages.page(find(request).hooks(), request,
                    ActionRun.HookRun::hookRunId), ActionsApi::hook)));
        routes.get("/repositories/{repository}/actions/runs/{run_id}/hooks/{hook_run_id}/output", "GetRunHookOutput")
            .blocking((request) -> {
                String hookRunId = request.path("hook_run_id");
                ActionRun.HookRun hook = find(request).hooks()
                    .stream()
                    .filter((candidate) -> candidate.hookRunId().equals(hookRunId))
                    .findFirst()
                    .orElseThrow(() -> new ApiException(404, "hook run not found"));
                return ApiResponse.text(200, hook.output(), "application/octet-stream")
                    .withHeader("Content-Disposition", "attachment; filename=" + hookRunId + ".log");
            });
    }

    private String existing(ApiRequest request) {
        String repository = Inputs.repository(request);
        this.store.getRepository(repository);
        return repository;
    }

    private ActionRun find(ApiRequest request) {
        return this.actions.run(existing(request), request.path("run_id"))
            .orElseThrow(() -> new ApiException(404, "run not found"));
    }

    private static Map<String, Object> run(ActionRun run) {
        Map<String, Object> view = new TreeMap<>();
        view.put("run_id", run.runId());
        view.put("branch", run.branch());
        view.put("event_type", run.eventType());
        view.put("start_time", run.startTime().toString());
        view.put("end_time", run.endTime().toString());
        view.put("status", run.failed() ? "failed" : "completed");
        view.put("commit_id", (run.commitId() != null) ? run.commitId() : "");
        return view;
    }

    private static Map<String, Object> hook(ActionRun.HookRun hook) {
        Map<String, Object> view = new TreeMap<>();
        view.put("hook_run_id", hook.hookRunId());
        view.put("action", hook.action());
        view.put("hook_id", hook.hookId());
        view.put("start_time", hook.startTime().toString());
        view.put("end_time", hook.endTime().toString());
        view.put("status", hook.failed() ? "failed" : "completed");
        return view;
    }

}
