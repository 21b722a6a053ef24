package io.github.lakefsspring.test.testcontainers;

import io.github.lakefsspring.autoconfigure.LakeFSAutoConfiguration;
import io.github.lakefsspring.autoconfigure.LakeFSConnectionDetails;
import io.github.lakefsspring.autoconfigure.LakeFSEmbeddedServerAutoConfiguration;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * A {@code @ServiceConnection} {@link LakeFSContainer} bean becomes the application's lakeFS
 * connection, in place of properties and the embedded server. Docker is not needed: the container's
 * host and port are stubbed.
 */
class LakeFSContainerConnectionDetailsFactoryTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ServiceConnectionAutoConfiguration.class,
                LakeFSEmbeddedServerAutoConfiguration.class, LakeFSAutoConfiguration.class));

    @Test
    void serviceConnectionContainerProvidesTheConnectionDetails() {
        this.runner.withUserConfiguration(ContainerConfiguration.class)
            .withPropertyValues("lakefs.endpoint=http://ignored.example.com", "lakefs.access-key-id=AKIDIGNORED",
                    "lakefs.secret-access-key=ignored")
            .run((context) -> {
                assertThat(context).hasSingleBean(LakeFSConnectionDetails.class);
                assertThat(context).doesNotHaveBean(EmbeddedLakeFSServer.class);
                LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
                assertThat(details.getEndpoint()).isEqualTo("http://lakefs.test:48000");
                assertThat(details.getAccessKeyId()).isEqualTo("AKIAIOSFOLQUICKSTART");
                assertThat(details.getSecretAccessKey()).isEqualTo("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
            });
    }

    @Test
    void onlyLakeFSImagesAndDeclaredSubstitutesAreAccepted() {
        assertThatIllegalStateException().isThrownBy(() -> new LakeFSContainer("minio/minio:latest"))
            .withMessageContaining("treeverse/lakefs");
        assertThatNoException().isThrownBy(() -> new LakeFSContainer(
                DockerImageName.parse("mirror.example.com/lakefs:1.84.0").asCompatibleSubstituteFor("treeverse/lakefs")));
    }

    @Configuration(proxyBeanMethods = false)
    static class ContainerConfiguration {

        @Bean
        @ServiceConnection
        LakeFSContainer lakeFSContainer() {
            return new StubbedLakeFSContainer();
        }

    }

    /** A container whose address is fixed, so no Docker engine is needed. */
    static class StubbedLakeFSContainer extends LakeFSContainer {

        StubbedLakeFSContainer() {
            super("treeverse/lakefs:1.84.0");
        }

        @Override
        public void start() {
        }

        @Override
        public void stop() {
        }

        @Override
        public boolean isRunning() {
            return true;
        }

        @Override
        public String getHost() {
            return "lakefs.test";
        }

        @Override
        public Integer getMappedPort(int originalPort) {
            return 48000;
        }

    }

}
