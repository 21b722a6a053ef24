package io.github.lakefsspring.autoconfigure;

import java.io.ByteArrayInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.WriteOptions;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object bytes are counted in {@code lakefs.client.transfer.bytes} when the application has a MeterRegistry.
 */
class TransferMetricsTests {

    @Test
    void uploadedAndDownloadedBytesAreCounted() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                    LakeFSAutoConfiguration.class))
            .withPropertyValues("lakefs.lakectl.enabled=false")
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .run((context) -> {
                Branch main = context.getBean(RepositoryOperations.class).repository("metered")
                    .create("s3://metered/repo").branch("main");
                main.object("a").upload(new byte[1000], WriteOptions.defaults().withPresign(false));
                main.object("b").upload(new ByteArrayInputStream(new byte[500]),
                        WriteOptions.defaults().withPresign(false));
                assertThat(main.object("a").openStream(false).readAllBytes()).hasSize(1000);
                MeterRegistry registry = context.getBean(MeterRegistry.class);
                assertThat(registry.get("lakefs.client.transfer.bytes").tag("direction", "upload").counters().stream()
                    .mapToDouble((counter) -> counter.count()).sum()).isEqualTo(1500.0);
                assertThat(registry.get("lakefs.client.transfer.bytes").tag("direction", "download").counter()
                    .count()).isEqualTo(1000.0);
            });
    }

}
