package io.github.lakefsspring.embedded.fidelity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.InternalApi;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.CherryPickCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.CommitList;
import io.lakefs.clients.sdk.model.Config;
import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.Ref;
import io.lakefs.clients.sdk.model.RefList;
import io.lakefs.clients.sdk.model.Repository;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import io.lakefs.clients.sdk.model.RepositoryList;
import io.lakefs.clients.sdk.model.RepositoryMetadataKeys;
import io.lakefs.clients.sdk.model.RepositoryMetadataSet;
import io.lakefs.clients.sdk.model.ResetCreation;
import io.lakefs.clients.sdk.model.RevertCreation;
import io.lakefs.clients.sdk.model.TagCreation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repositories, branches, tags, commits, the log and ref expressions, driven by the official lakeFS Java SDK.
 * Runs against the embedded server, or against the lakeFS named by the {@code LAKEFS_IT_*} variables.
 */
@EmbeddedLakeFS
class RepositoryAndRefFidelityTests {

    private SdkClients sdk;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.sdk = new SdkClients(target);
    }

    @Test
    void configDescribesTheStorageAndVersion() throws ApiException {
        Config config = this.sdk.config.getConfig().execute();
        assertThat(config.getVersionConfig().getVersion()).isNotBlank();
        assertThat(config.getStorageConfig().getBlockstoreType()).isIn("s3", "local");
        assertThat(config.getStorageConfig().getImportSupport()).isNotNull();
        assertThat(config.getStorageConfig().getPreSignSupport()).isNotNull();
    }

    @Test
    void createdRepositoryHasARootCommit() throws ApiException {
        String repo = this.sdk.newRepository("root");
        Repository repository = this.sdk.repositories.getRepository(repo).execute();
        assertThat(repository.getDefaultBranch()).isEqualTo("main");
        Commit root = this.sdk.commits.getCommit(repo, "main").execute();
        assertThat(root.getMessage()).isEqualTo("Repository created");
        assertThat(root.getParents()).isEmpty();
        assertThat(root.getCommitter()).isEmpty();
        assertThat(root.getGeneration()).isEqualTo(1);
        assertThat(root.getMetaRangeId()).isEmpty();
    }

    @Test
    void repositoryErrorsAnswerAsLakeFS() throws ApiException {
        String repo = this.sdk.newRepository("dup");
        Repository existing = this.sdk.repositories.getRepository(repo).execute();
        assertThat(failure(409, () -> this.sdk.repositories.createRepository(new RepositoryCreation().name(repo)
            .storageNamespace(this.sdk.target.uniqueNamespace(repo))).execute()).getResponseBody())
            .contains("not unique");
        assertThat(failure(400, () -> this.sdk.repositories.createRepository(new RepositoryCreation()
            .name(repo + "-other").storageNamespace(existing.getStorageNamespace())).execute()).getResponseBody())
            .contains("storage namespace already in use");
        assertThat(failure(404, () -> this.sdk.repositories.getRepository("no-such-repo-x").execute())
            .getResponseBody()).contains("repository not found");
        assertThat(failure(409, () -> this.sdk.repositories.createRepository(new RepositoryCreation().name(repo)
            .storageNamespace(this.sdk.target.uniqueNamespace(repo)).storageId("invalidvalue").sampleData(true))
            .execute()).getResponseBody()).as("an existing repository is reported before anything else")
            .contains("not unique");
        assertThat(failure(400, () -> this.sdk.repositories.createRepository(new RepositoryCreation()
            .name(repo + "-sid").storageNamespace(this.sdk.target.uniqueNamespace(repo)).storageId("invalidvalue"))
            .execute()).getResponseBody()).contains("storage id: invalid value");
        this.sdk.repositories.deleteRepository(repo).execute();
        failure(404, () -> this.sdk.repositories.deleteRepository(repo).execute());
    }

    @Test
    void sampleDataIsCommittedOnTheDefaultBranch() throws ApiException {
        String repo = "sample-" + Long.toString(System.nanoTime(), 36);
        this.sdk.repositories.createRepository(new RepositoryCreation().name(repo)
            .storageNamespace(this.sdk.target.uniqueNamespace(repo)).sampleData(true)).execute();
        List<Commit> log = this.sdk.refs.logCommits(repo, "main").execute().getResults();
        assertThat(log).extracting(Commit::getMessage).containsExactly("Add sample data", "Repository created");
        assertThat(this.sdk.objects.listObjects(repo, "main").execute().getResults()).isNotEmpty();
    }

    @Test
    void createBranchAnswersTheCommitIdAsPlainText() throws Exception {
        String repo = this.sdk.newRepository("brtext");
        HttpResponse<String> created = this.sdk.post("/repositories/" + repo + "/branches",
                "{\"name\":\"text\",\"source\":\"main\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(created.body()).hasSize(64);
    }

    @Test
    void repositoriesPageWithPrefixAndAfter() throws ApiException {
        String prefix = "pg" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 3; i++) {
            this.sdk.newRepository(prefix + i);
        }
        RepositoryList first = this.sdk.repositories.listRepositories().prefix(prefix).amount(2).execute();
        assertThat(first.getResults()).hasSize(2);
        assertThat(first.getPagination().getHasMore()).isTrue();
        assertThat(first.getPagination().getMaxPerPage()).isEqualTo(1000);
        assertThat(first.getPagination().getNextOffset()).isEqualTo(first.getResults().get(1).getId());
        RepositoryList second = this.sdk.repositories.listRepositories().prefix(prefix).amount(2)
            .after(first.getPagination().getNextOffset()).execute();
        assertThat(second.getResults()).hasSize(1);
        assertThat(second.getPagination().getHasMore()).isFalse();
        assertThat(second.getPagination().getNextOffset()).isEmpty();
    }

    @Test
    void repositoryMetadataIsSetReadAndDeleted() throws ApiException {
        String repo = this.sdk.newRepository("meta");
        new InternalApi(this.sdk.client).setRepositoryMetadata(repo,
                new RepositoryMetadataSet().metadata(Map.of("team", "data", "tier", "1")))
            .execute();
        assertThat(this.sdk.repositories.getRepositoryMetadata(repo).execute()).containsEntry("team", "data")
            .containsEntry("tier", "1");
        new InternalApi(this.sdk.client).deleteRepositoryMetadata(repo,
                new RepositoryMetadataKeys().keys(List.of("tier"))).execute();
        assertThat(this.sdk.repositories.getRepositoryMetadata(repo).execute()).containsOnlyKeys("team");
    }

    @Test
    void branchesAreCreatedListedAndProtected() throws ApiException {
        String repo = this.sdk.newRepository("br");
        String head = this.sdk.branches.createBranch(repo, new BranchCreation().name("feature").source("main"))
            .execute();
        assertThat(head).hasSize(64).isEqualTo(this.sdk.branches.getBranch(repo, "main").execute().getCommitId());
        this.sdk.branches.createBranch(repo, new BranchCreation().name("tx-hidden").source("main").hidden(true))
            .execute();
        RefList visible = this.sdk.branches.listBranches(repo).execute();
        assertThat(visible.getResults()).extracting(Ref::getId).containsExactly("feature", "main");
        RefList all = this.sdk.branches.listBranches(repo).showHidden(true).execute();
        assertThat(all.getResults()).extracting(Ref::getId).containsExactly("feature", "main", "tx-hidden");
        assertThat(failure(409, () -> this.sdk.branches.createBranch(repo,
                new BranchCreation().name("feature").source("main")).execute()).getResponseBody())
            .contains("branch already exists");
        assertThat(failure(404, () -> this.sdk.branches.createBranch(repo,
                new BranchCreation().name("other").source("nosuch")).execute()).getResponseBody())
            .contains("not found");
        assertThat(failure(403, () -> this.sdk.branches.deleteBranch(repo, "main").execute()).getResponseBody())
            .contains("cannot delete repository default branch");
        failure(400, () -> this.sdk.branches.createBranch(repo, new BranchCreation().name("a/b").source("main"))
            .execute());
        this.sdk.branches.deleteBranch(repo, "feature").execute();
        assertThat(failure(404, () -> this.sdk.branches.getBranch(repo, "feature").execute()).getResponseBody())
            .contains("branch not found");
    }

    @Test
    void commitsNeedChangesUnlessAllowedEmpty() throws ApiException {
        String repo = this.sdk.newRepository("cm");
        assertThat(failure(400, () -> this.sdk.commits.commit(repo, "main", new CommitCreation().message("x"))
            .execute()).getResponseBody()).contains("no changes");
        Commit empty = this.sdk.commits.commit(repo, "main",
                new CommitCreation().message("empty").allowEmpty(true).metadata(Map.of("k", "v"))).execute();
        assertThat(empty.getMetadata()).containsEntry("k", "v");
        assertThat(empty.getGeneration()).isEqualTo(2);
        assertThat(empty.getParents()).hasSize(1);
    }

    @Test
    void refExpressionsResolveAncestorsTagsAndPrefixes() throws ApiException {
        String repo = this.sdk.newRepository("refs");
        Commit first = this.sdk.commits.commit(repo, "main", new CommitCreation().message("one").allowEmpty(true))
            .execute();
        Commit second = this.sdk.commits.commit(repo, "main", new CommitCreation().message("two").allowEmpty(true))
            .execute();
        assertThat(this.sdk.commits.getCommit(repo, "main~1").execute().getId()).isEqualTo(first.getId());
        assertThat(this.sdk.commits.getCommit(repo, "main^").execute().getId()).isEqualTo(first.getId());
        assertThat(this.sdk.commits.getCommit(repo, "main~2").execute().getMessage()).isEqualTo("Repository created");
        assertThat(this.sdk.commits.getCommit(repo, second.getId().substring(0, 12)).execute().getId())
            .isEqualTo(second.getId());
        this.sdk.tags.createTag(repo, new TagCreation().id("v1").ref("main~1")).execute();
        assertThat(this.sdk.tags.getTag(repo, "v1").execute().getCommitId()).isEqualTo(first.getId());
        assertThat(this.sdk.commits.getCommit(repo, "v1").execute().getId()).isEqualTo(first.getId());
        assertThat(failure(409, () -> this.sdk.tags.createTag(repo, new TagCreation().id("v1").ref("main")).execute())
            .getResponseBody()).contains("tag already exists");
        failure(404, () -> this.sdk.commits.getCommit(repo, "nosuchref").execute());
        this.sdk.tags.deleteTag(repo, "v1").execute();
        assertThat(failure(404, () -> this.sdk.tags.getTag(repo, "v1").execute()).getResponseBody())
            .contains("tag not found");
    }

    @Test
    void logPagesNewestFirst() throws ApiException {
        String repo = this.sdk.newRepository("log");
        for (int i = 0; i < 5; i++) {
            this.sdk.commits.commit(repo, "main", new CommitCreation().message("c" + i).allowEmpty(true)).execute();
        }
        CommitList page = this.sdk.refs.logCommits(repo, "main").amount(2).execute();
        assertThat(page.getResults()).extracting(Commit::getMessage).containsExactly("c4", "c3");
        assertThat(page.getPagination().getHasMore()).isTrue();
        CommitList next = this.sdk.refs.logCommits(repo, "main").amount(10)
            .after(page.getPagination().getNextOffset()).execute();
        assertThat(next.getResults()).extracting(Commit::getMessage)
            .containsExactly("c2", "c1", "c0", "Repository created");
        assertThat(next.getPagination().getHasMore()).isFalse();
    }

    @Test
    void revertCherryPickAndResetFollowLakeFS() throws Exception {
        String repo = this.sdk.newRepository("rv");
        ObjectFidelityTests.upload(this.sdk, repo, "main", "a.txt", "one");
        Commit added = this.sdk.commits.commit(repo, "main", new CommitCreation().message("add a")).execute();
        this.sdk.branches.revertBranch(repo, "main", new RevertCreation().ref(added.getId()).parentNumber(0))
            .execute();
        Commit revert = this.sdk.commits.getCommit(repo, "main").execute();
        assertThat(revert.getMessage()).startsWith("Revert");
        failure(404, () -> this.sdk.objects.statObject(repo, "main", "a.txt").execute());
        this.sdk.branches.createBranch(repo, new BranchCreation().name("pick").source(added.getId())).execute();
        ObjectFidelityTests.upload(this.sdk, repo, "pick", "b.txt", "two");
        Commit b = this.sdk.commits.commit(repo, "pick", new CommitCreation().message("add b")).execute();
        Commit picked = this.sdk.branches.cherryPick(repo, "main", new CherryPickCreation().ref(b.getId())).execute();
        assertThat(picked.getMetadata()).containsEntry("cherry-pick-origin", b.getId());
        assertThat(this.sdk.objects.statObject(repo, "main", "b.txt").execute().getSizeBytes()).isEqualTo(3);
        ObjectFidelityTests.upload(this.sdk, repo, "main", "dir/x", "x");
        ObjectFidelityTests.upload(this.sdk, repo, "main", "dir/y", "y");
        ObjectFidelityTests.upload(this.sdk, repo, "main", "z", "z");
        this.sdk.branches.resetBranch(repo, "main",
                new ResetCreation().type(ResetCreation.TypeEnum.COMMON_PREFIX).path("dir/")).execute();
        assertThat(this.sdk.branches.diffBranch(repo, "main").execute().getResults())
            .extracting(Diff::getPath).containsExactly("z");
        this.sdk.branches.resetBranch(repo, "main", new ResetCreation().type(ResetCreation.TypeEnum.RESET)).execute();
        assertThat(this.sdk.branches.diffBranch(repo, "main").execute().getResults()).isEmpty();
    }

}
