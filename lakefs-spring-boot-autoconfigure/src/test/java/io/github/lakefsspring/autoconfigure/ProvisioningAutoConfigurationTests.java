package io.github.lakefsspring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.NotFoundException;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.provisioning.LakeFSProvisioner;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code lakefs.repositories[...]} brought about at startup on the embedded server, logged only in dry-run mode,
 * and refused with the property named when incomplete.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProvisioningAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                LakeFSAutoConfiguration.class))
        .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.repositories[0].id=declared",
                "lakefs.repositories[0].storage-namespace=s3://bucket/repos/declared",
                "lakefs.repositories[0].branches=dev", "lakefs.repositories[0].protected-branches=main",
                "lakefs.repositories[0].gc.default-retention-days=21", "lakefs.repositories[0].gc.branches.main=28",
                "lakefs.repositories[0].metadata.team=data");

    @Test
    void declaredRepositoriesExistOnceTheContextHasStarted() {
        this.runner.run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(LakeFSProvisioner.class);
            Repository repository = context.getBean(RepositoryOperations.class).repository("declared");
            assertThat(repository.properties().storageNamespace()).isEqualTo("s3://bucket/repos/declared");
            assertThat(repository.branch("dev").head().id()).isNotEmpty();
            assertThat(repository.settings().protectedBranches()).containsExactly("main");
            assertThat(repository.settings().gcRules()).hasValueSatisfying(
                    (rules) -> assertThat(rules.defaultRetentionDays()).isEqualTo(21));
            assertThat(repository.metadata()).containsEntry("team", "data");
            assertThat(context.getBean(LakeFSProvisioner.class).plan().isEmpty()).isTrue();
        });
    }

    @Test
    void aDryRunLogsThePlanAndChangesNothing(CapturedOutput output) {
        this.runner.withPropertyValues("lakefs.provisioning.dry-run=true").run((context) -> {
            assertThat(context).hasNotFailed();
            assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> context.getBean(LakeFSClient.class).repositories().get("declared"));
            assertThat(output).contains("lakeFS provisioning (dry run): would declared: create repository with "
                    + "storage namespace s3://bucket/repos/declared and default branch main");
        });
    }

    @Test
    void provisioningCanBeLeftToTheApplication() {
        this.runner.withPropertyValues("lakefs.provisioning.enabled=false").run((context) -> {
            assertThat(context).hasSingleBean(LakeFSProvisioner.class).doesNotHaveBean(StartupProvisioning.class);
            assertThat(context.getBean(LakeFSProvisioner.class).plan().changes()).isNotEmpty();
        });
    }

    @Test
    void anIncompleteDeclarationNamesTheProperty() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                    LakeFSAutoConfiguration.class))
            .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.repositories[0].id=declared")
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LakeFSConfigurationException.class)
                .hasMessage("lakefs.repositories[0].storage-namespace is not set for repository 'declared'."));
    }

}
