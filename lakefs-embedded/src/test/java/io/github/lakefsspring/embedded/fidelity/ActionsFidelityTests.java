package io.github.lakefsspring.embedded.fidelity;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import io.lakefs.clients.sdk.ActionsApi;
import io.lakefs.clients.sdk.model.ActionRun;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.CherryPickCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.HookRun;
import io.lakefs.clients.sdk.model.RevertCreation;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * lakeFS Actions with webhook hooks served by the test itself, driven by the official lakeFS Java SDK: a failing
 * pre-merge hook aborts the merge with lakeFS's 412 and message, hooks get lakeFS's event payload, and runs, hook
 * runs and hook logs are served by the actions API. Runs against the embedded server, or against the lakeFS named
 * by the {@code LAKEFS_IT_*} variables (on this machine, which reaches the test's webhook).
 */
@EmbeddedLakeFS
class ActionsFidelityTests {

    private SdkClients sdk;

    private HttpServer webhook;

    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start(LakeFSTarget target) throws IOException {
        this.sdk = new SdkClients(target);
        this.webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.webhook.createContext("/", (exchange) -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode event = JsonMapper.builder().build().readTree(body);
            this.received.add(event);
            boolean refuse = exchange.getRequestURI().getPath().equals("/refuse");
            byte[] answer = (refuse ? "daily/1.csv has no header row" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refuse ? 400 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        this.webhook.start();
    }

    @AfterEach
    void stop() {
        this.webhook.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + this.webhook.getAddress().getPort() + path;
    }

    private void upload(String repo, String branch, String path, String content) throws Exception {
        ObjectFidelityTests.upload(this.sdk, repo, branch, path, content);
    }

    @Test
    void aFailingPreMergeWebhookAbortsTheMergeAndEveryRunIsRecorded() throws Exception {
        String repo = this.sdk.newRepository("actions");
        upload(repo, "main", "_lakefs_actions/check.yaml", """
                name: CSV header check
                on:
                  pre-merge:
                    branches:
                      - main
                hooks:
                  - id: csv_headers
                    type: webhook
                    properties:
                      url: "%s"
                """.formatted(url("/refuse")));
        this.sdk.commits.commit(repo, "main", new CommitCreation().message("add action")).execute();
        String head = this.sdk.branches.getBranch(repo, "main").execute().getCommitId();
        this.sdk.branches.createBranch(repo, new BranchCreation().name("tx").source("main")).execute();
        upload(repo, "tx", "daily/1.csv", "1,Alice\n");
        this.sdk.commits.commit(repo, "tx", new CommitCreation().message("load")).execute();
        String message = JsonMapper.builder().build().readTree(failure(412,
                () -> this.sdk.refs.mergeIntoBranch(repo, "tx", "main").execute()).getResponseBody())
            .path("message").asString();
        assertThat(message).startsWith("update branch main: pre-merge hook aborted, run id '")
            .contains("': 1 error occurred:\n\t* hook run id '0000_0000' failed on action 'CSV header check' hook "
                    + "'csv_headers': action failed: webhook request failed (status code: 400)");
        assertThat(this.sdk.branches.getBranch(repo, "main").execute().getCommitId()).isEqualTo(head);
        assertThat(this.received).singleElement().satisfies((event) -> {
            assertThat(event.path("event_type").asString()).isEqualTo("pre-merge");
            assertThat(event.path("action_name").asString()).isEqualTo("CSV header check");
            assertThat(event.path("hook_id").asString()).isEqualTo("csv_headers");
            assertThat(event.path("repository_id").asString()).isEqualTo(repo);
            assertThat(event.path("branch_id").asString()).isEqualTo("main");
            assertThat(event.path("merge_source").asString()).isEqualTo("tx");
            assertThat(event.path("commit_message").asString()).isEqualTo("Merge 'tx' into 'main'");
            assertThat(event.path("commit_metadata").path(".lakefs.merge.strategy").asString()).isEqualTo("default");
            assertThat(event.path("source_ref").asString())
                .isEqualTo(this.sdk.branches.getBranch(repo, "tx").execute().getCommitId());
        });
        ActionsApi actions = new ActionsApi(this.sdk.client);
        List<ActionRun> runs = actions.listRepositoryRuns(repo).branch("main").execute().getResults();
        assertThat(runs).singleElement().satisfies((run) -> {
            assertThat(run.getEventType()).isEqualTo("pre-merge");
            assertThat(run.getStatus()).isEqualTo(ActionRun.StatusEnum.FAILED);
            assertThat(message).contains("run id '" + run.getRunId() + "'");
        });
        String runId = runs.get(0).getRunId();
        assertThat(actions.getRun(repo, runId).execute().getBranch()).isEqualTo("main");
        List<HookRun> hooks = actions.listRunHooks(repo, runId).execute().getResults();
        assertThat(hooks).singleElement().satisfies((hook) -> {
            assertThat(hook.getHookRunId()).isEqualTo("0000_0000");
            assertThat(hook.getAction()).isEqualTo("CSV header check");
            assertThat(hook.getHookId()).isEqualTo("csv_headers");
            assertThat(hook.getStatus()).isEqualTo(HookRun.StatusEnum.FAILED);
        });
        File output = actions.getRunHookOutput(repo, runId, "0000_0000").execute();
        assertThat(Files.readString(output.toPath())).contains("daily/1.csv has no header row")
            .contains("Error: action failed: webhook request failed (status code: 400)");
        failure(404, () -> actions.getRun(repo, "no-such-run").execute());
    }

    @Test
    void revertAndCherryPickRunTheirOwnHooks() throws Exception {
        // lakeFS caches a ref's action files for a while, so they are in place before main's first commit
        String repo = this.sdk.newRepository("pick-hooks");
        upload(repo, "main", "a.txt", "a");
        upload(repo, "main", "_lakefs_actions/guard.yaml", """
                name: guard
                on:
                  pre-revert:
                    branches: [main]
                  pre-cherry-pick:
                    branches: [main]
                  post-cherry-pick:
                    branches: [main]
                hooks:
                  - id: record
                    type: webhook
                    properties:
                      url: "%s"
                """.formatted(url("/accept")));
        upload(repo, "main", "_lakefs_actions/refuse.yaml", """
                name: refuse reverts
                on:
                  pre-revert:
                    branches: [main]
                hooks:
                  - id: no_reverts
                    type: webhook
                    properties:
                      url: "%s"
                """.formatted(url("/refuse")));
        String first = this.sdk.commits.commit(repo, "main", new CommitCreation().message("add a and actions"))
            .execute()
            .getId();
        this.sdk.branches.createBranch(repo, new BranchCreation().name("other").source("main")).execute();
        upload(repo, "other", "b.txt", "b");
        String picked = this.sdk.commits.commit(repo, "other", new CommitCreation().message("add b")
            .metadata(Map.of("k", "v"))).execute().getId();
        String head = this.sdk.branches.getBranch(repo, "main").execute().getCommitId();

        String refusal = JsonMapper.builder().build().readTree(failure(412, () -> this.sdk.branches
            .revertBranch(repo, "main", new RevertCreation().ref(first).parentNumber(0)).execute()).getResponseBody())
            .path("message").asString();
        assertThat(refusal).startsWith("update branch: pre-revert hook aborted, run id '");
        assertThat(this.sdk.branches.getBranch(repo, "main").execute().getCommitId()).isEqualTo(head);
        Commit cherry = this.sdk.branches.cherryPick(repo, "main", new CherryPickCreation().ref(picked)).execute();

        Instant deadline = Instant.now().plusSeconds(10);
        while (this.received.size() < 4 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(this.received).extracting((event) -> event.path("event_type").asString())
            .containsExactlyInAnyOrder("pre-revert", "pre-revert", "pre-cherry-pick", "post-cherry-pick");
        JsonNode revert = this.received.stream()
            .filter((event) -> event.path("event_type").asString().equals("pre-revert"))
            .findFirst()
            .orElseThrow();
        assertThat(revert.path("commit_message").asString()).isEqualTo("Revert " + first);
        assertThat(revert.path("branch_id").asString()).isEqualTo("main");
        JsonNode prePick = this.received.stream()
            .filter((event) -> event.path("event_type").asString().equals("pre-cherry-pick"))
            .findFirst()
            .orElseThrow();
        assertThat(prePick.path("commit_message").asString()).isEqualTo("add b");
        assertThat(prePick.path("source_ref").asString()).isEqualTo("main");
        assertThat(prePick.has("commit_id")).isFalse();
        assertThat(prePick.path("commit_metadata").path("cherry-pick-origin").asString()).isEqualTo(picked);
        assertThat(prePick.path("commit_metadata").path("k").asString()).isEqualTo("v");
        JsonNode postPick = this.received.stream()
            .filter((event) -> event.path("event_type").asString().equals("post-cherry-pick"))
            .findFirst()
            .orElseThrow();
        assertThat(postPick.path("commit_id").asString()).isEqualTo(cherry.getId());
        assertThat(postPick.path("source_ref").asString()).isEqualTo(cherry.getId());
    }

    @Test
    void passingCommitHooksLetTheCommitThroughAndPostHooksSeeTheCommit() throws Exception {
        String repo = this.sdk.newRepository("commit-hooks");
        upload(repo, "main", "_lakefs_actions/audit.yaml", """
                name: audit
                on:
                  pre-commit:
                    branches: ["ma*"]
                  post-commit:
                hooks:
                  - id: record
                    type: webhook
                    properties:
                      url: "%s"
                      timeout: 30s
                """.formatted(url("/accept")));
        String commit = this.sdk.commits.commit(repo, "main", new CommitCreation().message("audited")
            .metadata(Map.of("k", "v"))).execute().getId();
        // post-event hooks run after the operation has answered
        Instant deadline = Instant.now().plusSeconds(10);
        while (this.received.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(this.received).extracting((event) -> event.path("event_type").asString())
            .containsExactly("pre-commit", "post-commit");
        assertThat(this.received.get(0).has("commit_id")).isFalse();
        assertThat(this.received.get(0).path("source_ref").asString()).isEqualTo("main");
        assertThat(this.received.get(0).path("commit_metadata").path("k").asString()).isEqualTo("v");
        assertThat(this.received.get(1).path("commit_id").asString()).isEqualTo(commit);
        assertThat(this.received.get(1).path("source_ref").asString()).as("post-events read the new commit")
            .isEqualTo(commit);
        List<ActionRun> runs = new ActionsApi(this.sdk.client).listRepositoryRuns(repo).execute().getResults();
        while (runs.size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
            runs = new ActionsApi(this.sdk.client).listRepositoryRuns(repo).execute().getResults();
        }
        assertThat(runs).extracting(ActionRun::getEventType).containsExactly("pre-commit", "post-commit");
        assertThat(runs).allSatisfy((run) -> assertThat(run.getStatus()).isEqualTo(ActionRun.StatusEnum.COMPLETED));
        assertThat(new ActionsApi(this.sdk.client).listRepositoryRuns(repo).commit(commit).execute().getResults())
            .extracting(ActionRun::getEventType).contains("post-commit");
    }

    @Test
    void branchAndTagEventsRunTheirHooks() throws Exception {
        String repo = this.sdk.newRepository("ref-hooks");
        upload(repo, "main", "_lakefs_actions/refs.yaml", """
                name: refs
                on:
                  pre-create-branch:
                  pre-delete-tag:
                hooks:
                  - id: check
                    type: webhook
                    properties:
                      url: "%s"
                """.formatted(url("/refuse")));
        this.sdk.commits.commit(repo, "main", new CommitCreation().message("ref action")).execute();
        String head = this.sdk.branches.getBranch(repo, "main").execute().getCommitId();
        this.sdk.tags.createTag(repo, new TagCreation().id("v1").ref("main")).execute();
        String refused = JsonMapper.builder().build().readTree(failure(412, () -> this.sdk.branches
            .createBranch(repo, new BranchCreation().name("feature").source("main")).execute()).getResponseBody())
            .path("message").asString();
        assertThat(refused).startsWith("pre-create-branch hook aborted, run id '");
        failure(404, () -> this.sdk.branches.getBranch(repo, "feature").execute());
        JsonNode creation = this.received.get(0);
        assertThat(creation.path("branch_id").asString()).isEqualTo("feature");
        assertThat(creation.path("source_ref").asString()).isEqualTo("main");
        assertThat(creation.path("commit_id").asString()).isEqualTo(head);
        assertThat(JsonMapper.builder().build().readTree(failure(412, () -> this.sdk.tags.deleteTag(repo, "v1")
            .execute()).getResponseBody()).path("message").asString()).startsWith("pre-delete-tag hook aborted");
        JsonNode deletion = this.received.get(1);
        assertThat(deletion.has("branch_id")).isFalse();
        assertThat(deletion.path("tag_id").asString()).isEqualTo("v1");
        assertThat(deletion.path("source_ref").asString()).isEqualTo(head);
        assertThat(deletion.path("commit_id").asString()).isEqualTo(head);
        assertThat(this.sdk.tags.getTag(repo, "v1").execute().getCommitId()).isEqualTo(head);
    }

}
