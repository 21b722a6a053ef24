package io.github.lakefsspring.embedded.fidelity;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.ExperimentalApi;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.BranchProtectionRule;
import io.lakefs.clients.sdk.model.CherryPickCreation;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.GarbageCollectionRule;
import io.lakefs.clients.sdk.model.GarbageCollectionRules;
import io.lakefs.clients.sdk.model.ObjectCopyCreation;
import io.lakefs.clients.sdk.model.ObjectError;
import io.lakefs.clients.sdk.model.PathList;
import io.lakefs.clients.sdk.model.ResetCreation;
import io.lakefs.clients.sdk.model.RevertCreation;
import io.lakefs.clients.sdk.model.UpdateObjectUserMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static io.github.lakefsspring.embedded.fidelity.SdkClients.header;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Branch protection rules (versioned by an ETag, enforced as lakeFS enforces them) and garbage collection rules,
 * driven by the official lakeFS Java SDK. Runs against the embedded server, or against the lakeFS named by the
 * {@code LAKEFS_IT_*} variables; lakeFS reads its rules through a cache of a few seconds, so enforcement is awaited.
 */
@EmbeddedLakeFS
class GovernanceFidelityTests {

    private SdkClients sdk;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.sdk = new SdkClients(target);
    }

    private File file(String content) throws IOException {
        File file = File.createTempFile("object", ".txt");
        file.deleteOnExit();
        Files.writeString(file.toPath(), content);
        return file;
    }

    private void upload(String repo, String branch, String path) throws Exception {
        this.sdk.objects.uploadObject(repo, branch, path).content(file(path)).execute();
    }

    private void commit(String repo, String branch, String message) throws ApiException {
        this.sdk.commits.commit(repo, branch, new CommitCreation().message(message)).execute();
    }

    private void protect(String repo, String... patterns) throws ApiException {
        this.sdk.repositories.setBranchProtectionRules(repo,
                List.of(patterns).stream().map((pattern) -> new BranchProtectionRule().pattern(pattern)).toList())
            .execute();
    }

    /**
     * Waits until lakeFS refuses commits to the clean branch (a real lakeFS caches its rules for a few seconds): until
     * then the probe changes nothing, being refused with "no changes".
     */
    private void awaitProtected(String repo, String branch) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            ApiException refused = refusal(400, 403, () -> commit(repo, branch, "probe"));
            if (refused.getCode() == 403) {
                return;
            }
            assertThat(Instant.now()).as("branch %s protected within 15s", branch).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static ApiException refusal(int status, int otherStatus, SdkClients.ThrowingCall call) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::run);
        assertThat(failure).isNotNull();
        assertThat(failure.getCode()).as(failure.getResponseBody()).isIn(status, otherStatus);
        return failure;
    }

    @Test
    void rulesAreVersionedByAnETag() throws Exception {
        String repo = this.sdk.newRepository("rules");
        ApiResponse<List<BranchProtectionRule>> none = this.sdk.repositories.getBranchProtectionRules(repo)
            .executeWithHttpInfo();
        assertThat(none.getData()).isEmpty();
        assertThat(header(none, "ETag")).isEmpty();
        protect(repo, "main", "release-*");
        ApiResponse<List<BranchProtectionRule>> rules = this.sdk.repositories.getBranchProtectionRules(repo)
            .executeWithHttpInfo();
        assertThat(rules.getData()).extracting(BranchProtectionRule::getPattern)
            .containsExactlyInAnyOrder("main", "release-*");
        String etag = header(rules, "ETag");
        assertThat(etag).isNotEmpty();
        failure(412, () -> this.sdk.repositories.setBranchProtectionRules(repo,
                List.of(new BranchProtectionRule().pattern("x"))).ifMatch("not-the-etag").execute());
        this.sdk.repositories.setBranchProtectionRules(repo, List.of(new BranchProtectionRule().pattern("main")))
            .ifMatch(etag)
            .execute();
        failure(412, () -> this.sdk.repositories.setBranchProtectionRules(repo,
                List.of(new BranchProtectionRule().pattern("x"))).ifMatch(etag).execute());
        assertThat(failure(400, () -> protect(repo, "")).getResponseBody()).contains("minimum string length is 1");
        failure(404, () -> this.sdk.repositories.getBranchProtectionRules("no-such-repository-here").execute());
    }

    @Test
    void aProtectedBranchRefusesWritesAndCommitsButTakesMergesRevertsAndCherryPicks() throws Exception {
        String repo = this.sdk.newRepository("protected");
        this.sdk.branches.createBranch(repo, new BranchCreation().name("feature").source("main")).execute();
        upload(repo, "feature", "from-feature.txt");
        commit(repo, "feature", "feature work");
        upload(repo, "main", "staged.txt");
        commit(repo, "main", "before protection");
        protect(repo, "ma?n");
        awaitProtected(repo, "main");
        String write = "cannot write to protected branch";
        assertThat(failure(403, () -> upload(repo, "main", "new.txt")).getResponseBody()).contains(write);
        assertThat(failure(403, () -> commit(repo, "main", "refused")).getResponseBody())
            .contains("cannot commit to protected branch");
        assertThat(failure(403, () -> new ExperimentalApi(this.sdk.client).hardResetBranch(repo, "main", "main").execute())
            .getResponseBody()).contains("protected branch");
        assertThat(failure(403, () -> this.sdk.branches.resetBranch(repo, "main",
                new ResetCreation().type(ResetCreation.TypeEnum.RESET)).execute()).getResponseBody()).contains(write);
        assertThat(failure(403, () -> this.sdk.objects.deleteObject(repo, "main", "staged.txt").execute())
            .getResponseBody()).contains(write);
        List<ObjectError> errors = this.sdk.objects.deleteObjects(repo, "main",
                new PathList().paths(List.of("staged.txt"))).execute().getErrors();
        assertThat(errors).singleElement().satisfies((error) -> {
            assertThat(error.getStatusCode()).isEqualTo(403);
            assertThat(error.getMessage()).isEqualTo(write);
            assertThat(error.getPath()).isEqualTo("staged.txt");
        });
        assertThat(failure(403, () -> this.sdk.objects.copyObject(repo, "main", "copied.txt",
                new ObjectCopyCreation().srcPath("from-feature.txt").srcRef("feature")).execute()).getResponseBody())
            .contains(write);
        assertThat(failure(403, () -> this.sdk.objects.updateObjectUserMetadata(repo, "main", "staged.txt",
                new UpdateObjectUserMetadata().set(Map.of("a", "b"))).execute()).getResponseBody()).contains(write);
        String merged = this.sdk.refs.mergeIntoBranch(repo, "feature", "main").execute().getReference();
        assertThat(merged).isNotEmpty();
        this.sdk.branches.revertBranch(repo, "main", new RevertCreation().ref("main").parentNumber(1)).execute();
        upload(repo, "feature", "other.txt");
        commit(repo, "feature", "more feature work");
        this.sdk.branches.cherryPick(repo, "main", new CherryPickCreation().ref("feature"))
            .execute();
        upload(repo, "feature", "unprotected.txt");
    }

    @Test
    void garbageCollectionRulesAreKeptAndReturned() throws Exception {
        String repo = this.sdk.newRepository("gc");
        failure(404, () -> this.sdk.repositories.getGCRules(repo).execute());
        this.sdk.repositories.setGCRules(repo, new GarbageCollectionRules().defaultRetentionDays(7)
            .branches(List.of())).execute();
        // lakeFS answers "branches": null for no branch rules, which the official SDK cannot read
        assertThat(this.sdk.get("/repositories/" + repo + "/settings/gc_rules").body().strip())
            .isEqualTo("{\"branches\":null,\"default_retention_days\":7}");
        this.sdk.repositories.setGCRules(repo, new GarbageCollectionRules().defaultRetentionDays(14)
            .branches(List.of(new GarbageCollectionRule().branchId("main").retentionDays(30)))).execute();
        GarbageCollectionRules rules = this.sdk.repositories.getGCRules(repo).execute();
        assertThat(rules.getDefaultRetentionDays()).isEqualTo(14);
        assertThat(rules.getBranches()).singleElement().satisfies((rule) -> {
            assertThat(rule.getBranchId()).isEqualTo("main");
            assertThat(rule.getRetentionDays()).isEqualTo(30);
        });
        this.sdk.repositories.deleteGCRules(repo).execute();
        failure(404, () -> this.sdk.repositories.getGCRules(repo).execute());
    }

}
