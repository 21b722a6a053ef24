package io.github.lakefsspring.embedded.fidelity;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.AuthApi;
import io.lakefs.clients.sdk.ExperimentalApi;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.Credentials;
import io.lakefs.clients.sdk.model.PullRequest;
import io.lakefs.clients.sdk.model.PullRequestBasic;
import io.lakefs.clients.sdk.model.PullRequestCreation;
import io.lakefs.clients.sdk.model.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pull requests (open, list by status, update, merge through the same path as a merge, with its hooks) and the
 * users and access keys every lakeFS serves, driven by the official lakeFS Java SDK. Runs against
 * the embedded server, or against the lakeFS the {@code LAKEFS_IT_*} variables name.
 */
@EmbeddedLakeFS
class PullRequestAndUserFidelityTests {

    private SdkClients sdk;

    private ExperimentalApi pulls;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.sdk = new SdkClients(target);
        this.pulls = new ExperimentalApi(this.sdk.client);
    }

    private void upload(String repo, String branch, String path, String content) throws Exception {
        ObjectFidelityTests.upload(this.sdk, repo, branch, path, content);
    }

    private String repositoryWithFeature() throws Exception {
        String repo = this.sdk.newRepository("pulls");
        this.sdk.branches.createBranch(repo, new BranchCreation().name("feature").source("main")).execute();
        upload(repo, "feature", "a.txt", "a");
        this.sdk.commits.commit(repo, "feature", new CommitCreation().message("add a")).execute();
        return repo;
    }

    @Test
    void aPullRequestIsOpenedListedUpdatedAndMergedOnce() throws Exception {
        String repo = repositoryWithFeature();
        String id = this.pulls.createPullRequest(repo, new PullRequestCreation().title("Add a")
            .description("the a file")
            .sourceBranch("feature")
            .destinationBranch("main")).execute().getId();
        assertThat(id).matches("[0-9a-v]{20}");

        PullRequest opened = this.pulls.getPullRequest(repo, id).execute();
        assertThat(opened.getStatus()).isEqualTo(PullRequest.StatusEnum.OPEN);
        assertThat(opened.getTitle()).isEqualTo("Add a");
        assertThat(opened.getDescription()).isEqualTo("the a file");
        assertThat(opened.getAuthor()).isEqualTo(currentUser());
        assertThat(opened.getClosedDate()).isNull();
        assertThat(opened.getMergedCommitId()).isNull();
        JsonNode open = list(repo, "open");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).path("id").asString()).isEqualTo(id);
        assertThat(open.get(0).has("description")).as("listings leave descriptions out").isFalse();
        assertThat(list(repo, "closed")).isEmpty();

        this.pulls.updatePullRequest(repo, id, new PullRequestBasic().title("Add the a file")).execute();
        assertThat(this.pulls.getPullRequest(repo, id).execute().getTitle()).isEqualTo("Add the a file");

        String reference = this.pulls.mergePullRequest(repo, id).execute().getReference();
        Commit merge = this.sdk.commits.getCommit(repo, "main").execute();
        assertThat(merge.getId()).isEqualTo(reference);
        assertThat(merge.getMessage()).isEqualTo("Merge 'feature' into 'main'");
        assertThat(merge.getMetadata()).containsEntry(".lakefs.merge.strategy", "default");
        PullRequest merged = this.pulls.getPullRequest(repo, id).execute();
        assertThat(merged.getStatus()).isEqualTo(PullRequest.StatusEnum.MERGED);
        assertThat(merged.getMergedCommitId()).isEqualTo(reference);
        assertThat(merged.getClosedDate()).isNotNull();
        assertThat(list(repo, "closed")).hasSize(1);
        assertThat(list(repo, "all")).hasSize(1);
        assertThat(message(failure(400, () -> this.pulls.mergePullRequest(repo, id).execute())))
            .isEqualTo("bad pull request status");
    }

    @Test
    void closingAndReopeningKeepTheClosedDateAndOnlyOpenPullRequestsMerge() throws Exception {
        String repo = repositoryWithFeature();
        String id = this.pulls.createPullRequest(repo, new PullRequestCreation().title("t")
            .sourceBranch("feature")
            .destinationBranch("main")).execute().getId();
        this.pulls.updatePullRequest(repo, id, new PullRequestBasic().status(PullRequestBasic.StatusEnum.CLOSED))
            .execute();
        PullRequest closed = this.pulls.getPullRequest(repo, id).execute();
        assertThat(closed.getStatus()).isEqualTo(PullRequest.StatusEnum.CLOSED);
        assertThat(closed.getDescription()).isEmpty();
        assertThat(message(failure(400, () -> this.pulls.mergePullRequest(repo, id).execute())))
            .isEqualTo("bad pull request status");
        this.pulls.updatePullRequest(repo, id, new PullRequestBasic().status(PullRequestBasic.StatusEnum.OPEN))
            .execute();
        PullRequest reopened = this.pulls.getPullRequest(repo, id).execute();
        assertThat(reopened.getStatus()).isEqualTo(PullRequest.StatusEnum.OPEN);
        assertThat(reopened.getClosedDate()).isEqualTo(closed.getClosedDate());
        this.pulls.mergePullRequest(repo, id).execute();
        String second = this.pulls.createPullRequest(repo, new PullRequestCreation().title("again")
            .sourceBranch("feature")
            .destinationBranch("main")).execute().getId();
        assertThat(message(failure(400, () -> this.pulls.mergePullRequest(repo, second).execute())))
            .isEqualTo("update branch main: no changes");
    }

    @Test
    void badPullRequestsAreRefusedAsLakeFSRefusesThem() throws Exception {
        String repo = repositoryWithFeature();
        assertThat(message(failure(400, () -> this.pulls.createPullRequest(repo, new PullRequestCreation().title("t")
            .sourceBranch("main")
            .destinationBranch("main")).execute())))
            .isEqualTo("source and destination branches are the same: same branch validation error");
        assertThat(message(failure(404, () -> this.pulls.createPullRequest(repo, new PullRequestCreation().title("t")
            .sourceBranch("missing")
            .destinationBranch("main")).execute()))).isEqualTo("branch not found");
        assertThat(message(failure(400, () -> this.pulls.getPullRequest(repo, "nope").execute())))
            .isEqualTo("argument pullRequestID: pull request id: invalid value: validation error");
        assertThat(message(failure(404, () -> this.pulls.getPullRequest(repo, "4oh4kppksduep1v9ja00").execute())))
            .isEqualTo("pull request not found");
        assertThat(this.sdk.get("/repositories/" + repo + "/pulls?status=merged").statusCode()).isEqualTo(400);
    }

    @Test
    void mergingAPullRequestRunsThePreMergeHooks() throws Exception {
        HttpServer webhook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        webhook.createContext("/", (exchange) -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "closed for audit".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(400, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        webhook.start();
        try {
            String repo = this.sdk.newRepository("pullhooks");
            upload(repo, "main", "_lakefs_actions/audit.yaml", """
                    name: audit
                    on:
                      pre-merge:
                        branches:
                          - main
                    hooks:
                      - id: freeze
                        type: webhook
                        properties:
                          url: "http://127.0.0.1:%d/"
                    """.formatted(webhook.getAddress().getPort()));
            this.sdk.commits.commit(repo, "main", new CommitCreation().message("add action")).execute();
            this.sdk.branches.createBranch(repo, new BranchCreation().name("feature").source("main")).execute();
            upload(repo, "feature", "a.txt", "a");
            this.sdk.commits.commit(repo, "feature", new CommitCreation().message("add a")).execute();
            String id = this.pulls.createPullRequest(repo, new PullRequestCreation().title("t")
                .sourceBranch("feature")
                .destinationBranch("main")).execute().getId();
            assertThat(message(failure(412, () -> this.pulls.mergePullRequest(repo, id).execute())))
                .startsWith("update branch main: pre-merge hook aborted");
            assertThat(this.pulls.getPullRequest(repo, id).execute().getStatus())
                .isEqualTo(PullRequest.StatusEnum.OPEN);
        }
        finally {
            webhook.stop(0);
        }
    }

    @Test
    void usersAndTheirAccessKeysAreServedAndPoliciesAreNotImplemented() throws Exception {
        AuthApi auth = new AuthApi(this.sdk.client);
        String me = currentUser();
        List<User> users = auth.listUsers().execute().getResults();
        assertThat(users).extracting(User::getId).contains(me);
        assertThat(auth.getUser(me).execute().getId()).isEqualTo(me);
        assertThat(auth.getCredentials(me, this.sdk.target.accessKeyId()).execute().getAccessKeyId())
            .isEqualTo(this.sdk.target.accessKeyId());
        assertThat(message(failure(404, () -> auth.getCredentials(me, "AKIANOTAKEY").execute())))
            .isEqualTo("credentials not found");
        assertThat(message(failure(404, () -> auth.getUser("no-such-user").execute()))).isEqualTo("user not found");
        if (this.sdk.get("/auth/groups").statusCode() == 501) {
            // lakeFS without an auth server serves no key administration
            failure(501, () -> auth.listUserCredentials(me).execute());
        }
        else {
            assertThat(auth.listUserCredentials(me).execute().getResults())
                .extracting(Credentials::getAccessKeyId)
                .contains(this.sdk.target.accessKeyId());
        }
        failure(501, () -> auth.listPolicies().execute());
        failure(501, () -> auth.listUserPolicies(me).execute());
    }

    /**
     * A listing, read without the SDK: lakeFS leaves descriptions out of listings, which the official Java SDK
     * (1.53) refuses to read.
     */
    private JsonNode list(String repo, String status) throws Exception {
        HttpResponse<String> answer = this.sdk.get("/repositories/" + repo + "/pulls?status=" + status);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(answer.body()).path("results");
    }

    private String currentUser() throws Exception {
        return new AuthApi(this.sdk.client).getCurrentUser().execute().getUser().getId();
    }

    private static String message(ApiException failure) {
        return JsonMapper.builder().build().readTree(failure.getResponseBody()).path("message").asString();
    }

}
