package io.github.lakefsspring.provisioning;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.model.GarbageCollectionRules;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.ListOptions;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.github.lakefsspring.provisioning.ProvisioningStep.Action;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Declared repositories brought about idempotently, drift reported and pruned only when asked, against the
 * embedded server or the lakeFS the {@code LAKEFS_IT_*} variables name.
 */
@EmbeddedLakeFS
class LakeFSProvisionerTests {

    private LakeFSClient client;

    private LakeFSTarget target;

    private String id;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.target = target;
        this.client = LakeFSClient.create(LakeFSClientSettings.of(target.endpoint().toString(), target.accessKeyId(),
                target.secretAccessKey()));
        this.id = "declared-" + Long.toString(System.nanoTime(), 36);
    }

    private RepositoryDeclaration declaration() {
        return RepositoryDeclaration.of(this.id, this.target.uniqueNamespace(this.id))
            .withBranches("main", "dev", "staging")
            .withProtectedBranches("main", "release-*")
            .withGcRules(GarbageCollectionRules.of(21, Map.of("main", 28)))
            .withMetadata(Map.of("team", "data", "tier", "gold"));
    }

    @Test
    void aMissingRepositoryIsCreatedWithEverythingDeclaredAndASecondRunChangesNothing() {
        LakeFSProvisioner provisioner = new LakeFSProvisioner(this.client, List.of(declaration()), false);
        ProvisioningPlan plan = provisioner.plan();
        assertThat(plan.steps()).extracting(ProvisioningStep::action).containsExactly(Action.CREATE_REPOSITORY,
                Action.CREATE_BRANCH, Action.CREATE_BRANCH, Action.PROTECT_BRANCHES, Action.SET_GC_RULES,
                Action.SET_METADATA);
        assertThat(this.client.repositories().list(this.id, null, 10).results()).isEmpty();
        assertThat(provisioner.apply().changes()).hasSize(6);
        Repository repository = new RepositoryTemplate(this.client).repository(this.id);
        assertThat(repository.allBranches(ListOptions.all()).map(Branch::id)).containsExactlyInAnyOrder("main", "dev",
                "staging");
        assertThat(repository.settings().protectedBranches()).containsExactlyInAnyOrder("main", "release-*");
        assertThat(repository.settings().gcRules()).contains(GarbageCollectionRules.of(21, Map.of("main", 28)));
        assertThat(repository.metadata()).containsEntry("team", "data").containsEntry("tier", "gold");
        assertThat(provisioner.plan().isEmpty()).isTrue();
        assertThat(provisioner.apply().isEmpty()).isTrue();
    }

    @Test
    void driftIsReportedAndKeptUnlessPruningIsAsked() {
        new LakeFSProvisioner(this.client, List.of(declaration()), false).apply();
        Repository repository = new RepositoryTemplate(this.client).repository(this.id);
        repository.settings().protectBranch("hotfix");
        this.client.repositories().setMetadata(this.id, Map.of("owner", "someone", "tier", "silver"));
        RepositoryDeclaration elsewhere = new RepositoryDeclaration(this.id, this.target.uniqueNamespace("elsewhere"),
                "main", declaration().branches(), declaration().protectedBranches(), declaration().gcRules(),
                declaration().metadata());
        ProvisioningPlan plan = new LakeFSProvisioner(this.client, List.of(elsewhere), false).apply();
        assertThat(plan.changes()).extracting(ProvisioningStep::action).containsExactly(Action.SET_METADATA);
        assertThat(plan.drift()).extracting(ProvisioningStep::detail).satisfiesExactly(
                (namespace) -> assertThat(namespace).startsWith("storage namespace is "),
                (protection) -> assertThat(protection).startsWith("protected but not declared: [hotfix]"),
                (metadata) -> assertThat(metadata).startsWith("metadata not declared: [owner]"));
        assertThat(repository.metadata()).containsEntry("tier", "gold").containsEntry("owner", "someone");
        assertThat(repository.settings().protectedBranches()).contains("hotfix");
        ProvisioningPlan pruned = new LakeFSProvisioner(this.client, List.of(declaration()), true).apply();
        assertThat(pruned.changes()).extracting(ProvisioningStep::action)
            .containsExactly(Action.UNPROTECT_BRANCHES, Action.DELETE_METADATA);
        assertThat(repository.settings().protectedBranches()).containsExactlyInAnyOrder("main", "release-*");
        assertThat(repository.metadata()).doesNotContainKey("owner");
        assertThat(repository.allBranches(ListOptions.all()).map(Branch::id)).contains("dev", "staging");
    }

}
