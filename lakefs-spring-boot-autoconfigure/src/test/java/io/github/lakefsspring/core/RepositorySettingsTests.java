package io.github.lakefsspring.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.ForbiddenException;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.NoChangesException;
import io.github.lakefsspring.client.NotFoundException;
import io.github.lakefsspring.client.PreconditionFailedException;
import io.github.lakefsspring.client.model.BranchProtection;
import io.github.lakefsspring.client.model.GarbageCollectionRules;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Branch protection and garbage collection rules through the client and the repository handle, against the
 * embedded server or the lakeFS the {@code LAKEFS_IT_*} variables name (which applies new rules within seconds).
 */
@EmbeddedLakeFS
class RepositorySettingsTests {

    private LakeFSClient client;

    private Repository repository;

    @BeforeEach
    void create(LakeFSTarget target) {
        this.client = LakeFSClient.create(LakeFSClientSettings.of(target.endpoint().toString(), target.accessKeyId(),
                target.secretAccessKey()));
        String id = "settings-" + Long.toString(System.nanoTime(), 36);
        this.repository = new RepositoryTemplate(this.client).repository(id).create(target.uniqueNamespace(id));
    }

    /** Waits until commits to the branch are refused: a real lakeFS caches its rules for a few seconds. */
    private static void awaitRefused(Branch branch, boolean refused) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            try {
                branch.commit("probe");
            }
            catch (ForbiddenException ex) {
                if (refused) {
                    assertThat(ex.getMessage()).contains("cannot commit to protected branch");
                    return;
                }
            }
            catch (NoChangesException ex) {
                if (!refused) {
                    return;
                }
            }
            assertThat(Instant.now()).as("protection of %s applied within 15s", branch.id()).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    @Test
    void aProtectedBranchTakesChangesOnlyByMerge() throws Exception {
        RepositorySettings settings = this.repository.settings();
        Branch main = this.repository.branch("main");
        assertThat(settings.protectBranch("main")).isTrue();
        assertThat(settings.protectBranch("main")).isFalse();
        assertThat(settings.protectedBranches()).containsExactly("main");
        awaitRefused(main, true);
        assertThatExceptionOfType(ForbiddenException.class).isThrownBy(() -> main.object("direct.txt").upload("no"))
            .withMessageContaining("cannot write to protected branch");
        TransactionResult merged = main.transact(TransactionOptions.commitMessage("through a merge"),
                (tx) -> tx.object("merged.txt").upload("yes"));
        assertThat(main.commit().id()).isEqualTo(merged.mergeCommitId());
        assertThat(main.object("merged.txt").readString()).isEqualTo("yes");
        assertThat(settings.unprotectBranch("main")).isTrue();
        assertThat(settings.unprotectBranch("main")).isFalse();
        awaitRefused(main, false);
        main.object("direct.txt").upload("now allowed");
    }

    @Test
    void concurrentChangesToTheRulesAreAllKept() throws Exception {
        RepositorySettings settings = this.repository.settings();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> added = List.of("release-*", "prod", "stable-?", "hotfix/*").stream()
                .map((pattern) -> threads.submit(() -> settings.protectBranch(pattern)))
                .toList();
            for (Future<Boolean> done : added) {
                assertThat(done.get()).isTrue();
            }
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(settings.protectedBranches()).containsExactlyInAnyOrder("release-*", "prod", "stable-?",
                "hotfix/*");
    }

    @Test
    void theClientRefusesAStaleVersionAndAnEmptyPatternBeforeSending() {
        RepositoriesApiFacade api = new RepositoriesApiFacade(this.client, this.repository.id());
        api.set(List.of("main"), null);
        BranchProtection read = api.get();
        assertThat(read.patterns()).containsExactly("main");
        assertThat(read.etag()).isNotEmpty();
        api.set(List.of("main", "prod"), read.etag());
        assertThatExceptionOfType(PreconditionFailedException.class)
            .isThrownBy(() -> api.set(List.of("other"), read.etag()));
        assertThatIllegalArgumentException().isThrownBy(() -> api.set(List.of(""), null))
            .withMessage("Branch protection pattern '' is invalid: it must not be empty");
        api.set(List.of(), null);
        assertThat(api.get()).isEqualTo(new BranchProtection(List.of(), ""));
    }

    @Test
    void garbageCollectionRulesAreReadBackAndRemoved() {
        RepositorySettings settings = this.repository.settings();
        assertThat(settings.gcRules()).isEmpty();
        settings.setGcRules(GarbageCollectionRules.of(7, Map.of()));
        assertThat(settings.gcRules()).contains(new GarbageCollectionRules(7, List.of()));
        settings.setGcRules(GarbageCollectionRules.of(14, Map.of("main", 30, "dev", 1)));
        assertThat(settings.gcRules()).hasValueSatisfying((rules) -> {
            assertThat(rules.defaultRetentionDays()).isEqualTo(14);
            assertThat(rules.branches()).containsExactlyInAnyOrder(new GarbageCollectionRules.Rule("main", 30),
                    new GarbageCollectionRules.Rule("dev", 1));
        });
        settings.deleteGcRules();
        assertThat(settings.gcRules()).isEmpty();
        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> new RepositoryTemplate(this.client).repository("no-such-repository-here").settings()
                .gcRules());
    }

    /** The client calls for one repository, to keep the assertions short. */
    private record RepositoriesApiFacade(LakeFSClient client, String repository) {

        BranchProtection get() {
            return this.client.repositories().branchProtection(this.repository);
        }

        void set(List<String> patterns, String ifMatch) {
            this.client.repositories().setBranchProtection(this.repository, patterns, ifMatch);
        }

    }

}
