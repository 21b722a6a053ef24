package io.github.lakefsspring.embedded.fidelity;

import java.nio.file.Files;
import java.util.List;

import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.Merge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finer options of diff, log and merge: two-dot diffs with prefix and delimiter, log filters by object and
 * prefix and first parent, the committed view {@code branch@}, squash merges and the destination-wins strategy.
 */
@EmbeddedLakeFS
class DiffLogMergeFidelityTests {

    private SdkClients sdk;

    private String repo;

    @BeforeEach
    void connect(LakeFSTarget target) throws Exception {
        this.sdk = new SdkClients(target);
        this.repo = this.sdk.newRepository("dlm");
    }

    @Test
    void twoDotDiffsFilterByPrefixAndGroupByDelimiter() throws Exception {
        this.sdk.branches.createBranch(this.repo, new BranchCreation().name("dev").source("main")).execute();
        for (String path : List.of("x/1", "x/2", "y/1", "z")) {
            ObjectFidelityTests.upload(this.sdk, this.repo, "dev", path, path);
        }
        this.sdk.commits.commit(this.repo, "dev", new CommitCreation().message("four")).execute();
        assertThat(this.sdk.refs.diffRefs(this.repo, "main", "dev").type("two_dot").prefix("x/").execute().getResults())
            .extracting(Diff::getPath).containsExactly("x/1", "x/2");
        List<Diff> grouped = this.sdk.refs.diffRefs(this.repo, "main", "dev").type("two_dot").delimiter("/").execute()
            .getResults();
        assertThat(grouped).extracting(Diff::getPath).containsExactly("x/", "y/", "z");
        assertThat(grouped.get(0).getPathType()).isEqualTo(Diff.PathTypeEnum.COMMON_PREFIX);
        assertThat(this.sdk.refs.diffRefs(this.repo, "main", "dev").after("x/2").execute().getResults())
            .extracting(Diff::getPath).containsExactly("y/1", "z");
    }

    @Test
    void logFiltersByObjectsAndPrefixes() throws Exception {
        ObjectFidelityTests.upload(this.sdk, this.repo, "main", "docs/a", "a");
        this.sdk.commits.commit(this.repo, "main", new CommitCreation().message("docs")).execute();
        ObjectFidelityTests.upload(this.sdk, this.repo, "main", "code/b", "b");
        this.sdk.commits.commit(this.repo, "main", new CommitCreation().message("code")).execute();
        assertThat(this.sdk.refs.logCommits(this.repo, "main").objects(List.of("docs/a")).execute().getResults())
            .extracting(Commit::getMessage).containsExactly("docs");
        assertThat(this.sdk.refs.logCommits(this.repo, "main").prefixes(List.of("code/")).execute().getResults())
            .extracting(Commit::getMessage).containsExactly("code");
        assertThat(this.sdk.refs.logCommits(this.repo, "main").amount(1).limit(true).execute().getResults())
            .extracting(Commit::getMessage).containsExactly("code");
    }

    @Test
    void committedViewHidesStagedObjects() throws Exception {
        ObjectFidelityTests.upload(this.sdk, this.repo, "main", "staged", "s");
        assertThat(this.sdk.objects.listObjects(this.repo, "main").execute().getResults()).hasSize(1);
        assertThat(this.sdk.objects.listObjects(this.repo, "main@").execute().getResults()).isEmpty();
    }

    @Test
    void squashMergesHaveOneParentAndDestinationWinsKeepsTheDestination() throws Exception {
        ObjectFidelityTests.upload(this.sdk, this.repo, "main", "f", "base");
        this.sdk.commits.commit(this.repo, "main", new CommitCreation().message("base")).execute();
        this.sdk.branches.createBranch(this.repo, new BranchCreation().name("dev").source("main")).execute();
        ObjectFidelityTests.upload(this.sdk, this.repo, "dev", "f", "dev");
        ObjectFidelityTests.upload(this.sdk, this.repo, "dev", "g", "new");
        this.sdk.commits.commit(this.repo, "dev", new CommitCreation().message("dev")).execute();
        ObjectFidelityTests.upload(this.sdk, this.repo, "main", "f", "main");
        this.sdk.commits.commit(this.repo, "main", new CommitCreation().message("main")).execute();
        String merged = this.sdk.refs.mergeIntoBranch(this.repo, "dev", "main")
            .merge(new Merge().strategy("dest-wins").squashMerge(true)).execute().getReference();
        Commit commit = this.sdk.commits.getCommit(this.repo, merged).execute();
        assertThat(commit.getParents()).hasSize(1);
        assertThat(commit.getMetadata()).containsEntry(".lakefs.merge.strategy", "dest-wins");
        assertThat(Files.readString(this.sdk.objects.getObject(this.repo, "main", "f").execute().toPath()))
            .isEqualTo("main");
        assertThat(this.sdk.objects.statObject(this.repo, "main", "g").execute().getSizeBytes()).isEqualTo(3);
    }

    @Test
    void uncommittedRemovalsCarryNoSizeButCommittedOnesDo() throws Exception {
        ObjectFidelityTests.upload(this.sdk, this.repo, "main", "gone", "12345");
        this.sdk.commits.commit(this.repo, "main", new CommitCreation().message("add")).execute();
        String before = this.sdk.branches.getBranch(this.repo, "main").execute().getCommitId();
        this.sdk.objects.deleteObject(this.repo, "main", "gone").execute();
        Diff uncommitted = this.sdk.branches.diffBranch(this.repo, "main").execute().getResults().get(0);
        assertThat(uncommitted.getType()).isEqualTo(Diff.TypeEnum.REMOVED);
        assertThat(uncommitted.getSizeBytes()).isZero();
        this.sdk.commits.commit(this.repo, "main", new CommitCreation().message("remove")).execute();
        Diff committed = this.sdk.refs.diffRefs(this.repo, before, "main").type("two_dot").execute().getResults().get(0);
        assertThat(committed.getType()).isEqualTo(Diff.TypeEnum.REMOVED);
        assertThat(committed.getSizeBytes()).isEqualTo(5);
    }

    @Test
    void aSourceWhoseTreeDiffersFromTheBaseMergesEvenWhenItIsEmpty() throws Exception {
        this.sdk.branches.createBranch(this.repo, new BranchCreation().name("emptied").source("main")).execute();
        ObjectFidelityTests.upload(this.sdk, this.repo, "emptied", "tmp", "x");
        this.sdk.commits.commit(this.repo, "emptied", new CommitCreation().message("add")).execute();
        this.sdk.objects.deleteObject(this.repo, "emptied", "tmp").execute();
        this.sdk.commits.commit(this.repo, "emptied", new CommitCreation().message("remove")).execute();
        this.sdk.branches.createBranch(this.repo, new BranchCreation().name("target").source("main")).execute();
        String merged = this.sdk.refs.mergeIntoBranch(this.repo, "emptied", "target")
            .merge(new Merge().message("empty merge")).execute().getReference();
        Commit commit = this.sdk.commits.getCommit(this.repo, merged).execute();
        assertThat(commit.getMessage()).isEqualTo("empty merge");
        assertThat(commit.getMetadata()).containsEntry(".lakefs.merge.strategy", "default");
        this.sdk.branches.createBranch(this.repo, new BranchCreation().name("same").source("main")).execute();
        assertThat(SdkClients.failure(400, () -> this.sdk.refs.mergeIntoBranch(this.repo, "same", "target")
            .merge(new Merge()).execute()).getResponseBody()).contains("no changes");
    }

}
