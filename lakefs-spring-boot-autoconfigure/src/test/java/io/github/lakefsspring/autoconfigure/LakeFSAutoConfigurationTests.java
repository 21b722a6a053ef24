package io.github.lakefsspring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.core.BranchOperations;
import io.github.lakefsspring.core.BranchTemplate;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.store.Durability;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The beans an application injects: the client and the templates, on the embedded server, backing off for the
 * application's own, and failing clearly on bad settings.
 */
class LakeFSAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                LakeFSAutoConfiguration.class))
        .withPropertyValues("lakefs.lakectl.enabled=false");

    @Test
    void embeddedServerBacksTheClientAndTemplates() {
        this.runner.withPropertyValues("lakefs.default-repository=data-lake").run((context) -> {
            assertThat(context).hasSingleBean(EmbeddedLakeFSServer.class)
                .hasSingleBean(LakeFSClient.class)
                .hasSingleBean(RepositoryTemplate.class)
                .hasSingleBean(BranchTemplate.class);
            LakeFSClient client = context.getBean(LakeFSClient.class);
            client.server().healthCheck();
            assertThat(client.server().currentUser().id()).isEqualTo("admin");
            assertThat(context.getBean(RepositoryOperations.class).repositories()).isEmpty();
            assertThat(context.getBean(BranchTemplate.class)).hasToString("BranchTemplate[data-lake/main]");
        });
    }

    @Test
    void applicationBeansReplaceOurs() {
        this.runner.withUserConfiguration(OwnBeans.class).run((context) -> {
            assertThat(context).getBean(RepositoryOperations.class).isSameAs(context.getBean("ownRepositories"));
            assertThat(context).getBean(BranchOperations.class).isSameAs(context.getBean("ownBranch"));
        });
    }

    @Test
    void customizersSeeTheLakeFSBuilderOnly() {
        AtomicInteger customized = new AtomicInteger();
        this.runner.withBean(LakeFSClientCustomizer.class, () -> (builder) -> customized.incrementAndGet())
            .run((context) -> {
                assertThat(context).hasSingleBean(LakeFSClient.class);
                assertThat(customized).hasValue(1);
            });
    }

    @Test
    void badEndpointFailsStartupNamingTheValueAndTheRule() {
        this.runner.withPropertyValues("lakefs.endpoint=lakefs.example.com", "lakefs.access-key-id=AKID",
                "lakefs.secret-access-key=secret-value-x")
            .run((context) -> {
                assertThat(context).hasFailed();
                Throwable failure = context.getStartupFailure();
                FailureAnalysis analysis = new LakeFSConfigurationFailureAnalyzer().analyze(failure);
                assertThat(analysis.getDescription()).contains("'lakefs.example.com' is invalid")
                    .contains("http:// or https://")
                    .doesNotContain("secret-value-x");
            });
    }

    @Test
    void invalidSettingsFailStartupNamingThePropertyAsWritten() {
        this.runner.withPropertyValues("lakefs.retry.max-attempts=0").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessage("lakefs.retry.max-attempts=0 is invalid: it must be 1 or more.");
        });
        this.runner.withPropertyValues("lakefs.connect-timeout=-5s").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessage("lakefs.connect-timeout=-5s is invalid: it must be positive, e.g. 10s.");
        });
    }

    @Test
    void theEmbeddedServersDurabilityIsConfigurable() {
        this.runner.withPropertyValues("lakefs.embedded.durability=fsync")
            .run((context) -> assertThat(context.getBean(EmbeddedLakeFSServer.class).durability())
                .isEqualTo(Durability.FSYNC));
        this.runner.withPropertyValues("lakefs.embedded.durability=sometimes").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessage("lakefs.embedded.durability=sometimes is invalid.");
        });
    }

    @Test
    void aNegativePresignThresholdFailsStartup() {
        this.runner.withPropertyValues("lakefs.presign.threshold=-1KB").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessage("lakefs.presign.threshold=-1KB is invalid: it must not be negative (0 presigns every upload "
                        + "the storage allows).");
        });
    }

    @Test
    void aDisabledEmbeddedServerIsNamedWhenNothingElseIsConfigured() {
        this.runner.withPropertyValues("lakefs.embedded.enabled=false").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                .hasMessageEndingWith("; and lakefs-embedded is on the class path but lakefs.embedded.enabled=false.");
        });
    }

    @Test
    void anEmbeddedPortInUseFailsStartupNamingTheProperty() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            this.runner.withPropertyValues("lakefs.embedded.port=" + port).run((context) -> {
                assertThat(context).hasFailed();
                FailureAnalysis analysis = new LakeFSConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis.getDescription()).isEqualTo("The embedded lakeFS server cannot listen on port "
                        + port + ": it is in use (lakefs.embedded.port=" + port + ").");
                assertThat(analysis.getAction()).contains("lakefs.embedded.port");
            });
        }
    }

    @Test
    void theStartupCheckFailsStartupNamingTheEndpointAndTheReason() throws IOException {
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String endpoint = "http://127.0.0.1:" + closed.getLocalPort();
            closed.close();
            this.runner.withPropertyValues("lakefs.startup-check=true", "lakefs.endpoint=" + endpoint,
                    "lakefs.access-key-id=AKID", "lakefs.secret-access-key=secret-never-shown",
                    "lakefs.retry.max-attempts=1")
                .run((context) -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new LakeFSConfigurationFailureAnalyzer()
                        .analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).startsWith("lakefs.startup-check: lakeFS at " + endpoint)
                        .contains("Cannot reach lakeFS at 127.0.0.1:" + closed.getLocalPort())
                        .doesNotContain("secret-never-shown");
                    assertThat(analysis.getAction()).contains("lakefs.startup-check=false");
                });
        }
        this.runner.withPropertyValues("lakefs.startup-check=true")
            .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(LakeFSStartupCheck.class));
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(LakeFSStartupCheck.class));
    }

    @Test
    void theStartupCheckNamesRefusedCredentials() {
        this.runner.run((context) -> {
            EmbeddedLakeFSServer server = context.getBean(EmbeddedLakeFSServer.class);
            new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class))
                .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.startup-check=true",
                        "lakefs.endpoint=" + server.endpoint(), "lakefs.access-key-id=AKIAWRONG",
                        "lakefs.secret-access-key=wrong-secret")
                .run((wrong) -> {
                    assertThat(wrong).hasFailed();
                    FailureAnalysis analysis = new LakeFSConfigurationFailureAnalyzer()
                        .analyze(wrong.getStartupFailure());
                    assertThat(analysis.getDescription())
                        .contains("refused the credentials (access key id AKIAWRONG): 401")
                        .doesNotContain("wrong-secret");
                    assertThat(analysis.getAction()).contains("lakefs.secret-access-key");
                });
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBeans {

        @Bean
        RepositoryOperations ownRepositories(LakeFSClient client) {
            return new RepositoryTemplate(client);
        }

        @Bean
        BranchOperations ownBranch(RepositoryOperations ownRepositories) {
            return new BranchTemplate(ownRepositories, "mine", "main");
        }

    }


}
