package io.github.lakefsspring.embedded.fidelity;

import java.util.List;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.lakefs.clients.sdk.model.BranchCreation;
import io.lakefs.clients.sdk.model.Commit;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.Diff;
import io.lakefs.clients.sdk.model.Merge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
        assertThat(java.nio.file.Files.readString(this.sdk.objects.getObject(this.repo, "main", "f").execute().toPath()))
            .isEqualTo("main");
        assertThat(this.sdk.objects.statObject(this.repo, "main", "g").execute().getSizeBytes()).isEqualTo(3);
    }

}
