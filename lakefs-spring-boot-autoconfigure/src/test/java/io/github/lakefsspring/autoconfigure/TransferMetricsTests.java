package io.github.lakefsspring.autoconfigure;

import java.io.ByteArrayInputStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.WriteOptions;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In an application whose registry comes from Boot's own metrics and observation auto-configurations (as with
 * Actuator), object bytes are counted in {@code lakefs.client.transfer.bytes}, through lakeFS and through presigned
 * URLs alike, and every call is timed as {@code lakefs.client.requests}.
 */
class TransferMetricsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, MetricsAutoConfiguration.class,
                CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class,
                LakeFSEmbeddedServerAutoConfiguration.class, LakeFSAutoConfiguration.class))
        .withPropertyValues("lakefs.lakectl.enabled=false");

    @Test
    void bytesAndCallsAreMeasuredWithBootsOwnRegistry() {
        this.runner.run((context) -> {
            Branch main = context.getBean(RepositoryOperations.class).repository("metered")
                .create("s3://metered/repo").branch("main");
            main.object("a").upload(new byte[1000], WriteOptions.defaults().withPresign(false));
            main.object("b").upload(new ByteArrayInputStream(new byte[500]), WriteOptions.defaults().withPresign(false));
            main.object("c").upload(new byte[300], WriteOptions.defaults().withPresign(true));
            assertThat(main.object("a").openStream(false).readAllBytes()).hasSize(1000);
            assertThat(main.object("c").openStream(true).readAllBytes()).hasSize(300);
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(bytes(registry, "upload")).isEqualTo(1800.0);
            assertThat(bytes(registry, "download")).isEqualTo(1300.0);
            assertThat(registry.get("lakefs.client.requests").tag("operation", "createRepository").timer().count())
                .isEqualTo(1);
            assertThat(registry.get("lakefs.client.requests").tag("operation", "uploadObject").timers()).isNotEmpty();
        });
    }

    private static double bytes(MeterRegistry registry, String direction) {
        return registry.get("lakefs.client.transfer.bytes").tag("direction", direction).counters().stream()
            .mapToDouble((counter) -> counter.count())
            .sum();
    }

}
