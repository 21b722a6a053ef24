package io.github.lakefsspring.core;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.observation.LakeFSClientObservationContext;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Uploads whose options leave the path open take lakeFS's direct path below the presign threshold (one request)
 * and a presigned URL from it on (reserve, PUT, link), on a server whose storage presigns; an explicit choice
 * always wins. (Reading the server's storage configuration, once per template, is left out of the counts.)
 */
@EmbeddedLakeFS
class PresignThresholdTests {

    @Test
    void smallUploadsGoDirectAndLargeOnesPresigned(EmbeddedLakeFSServer server) {
        List<String> operations = new CopyOnWriteArrayList<>();
        Branch main = repository(server, operations, DataSize.ofKilobytes(4)).branch("main");
        main.object("small.bin").upload(new byte[1024], WriteOptions.defaults());
        assertThat(operations).containsExactly("uploadObject");
        operations.clear();
        main.object("large.bin").upload(new byte[8 * 1024], WriteOptions.defaults());
        assertThat(operations).containsExactly("getPhysicalAddress", "writePresigned", "linkPhysicalAddress");
        operations.clear();
        main.object("forced.bin").upload(new byte[16], WriteOptions.defaults().withPresign(true));
        assertThat(operations).containsExactly("getPhysicalAddress", "writePresigned", "linkPhysicalAddress");
        operations.clear();
        main.object("stream-small.bin").upload(new ByteArrayInputStream(new byte[100]), WriteOptions.defaults());
        assertThat(operations).containsExactly("uploadObject");
        operations.clear();
        main.object("stream-large.bin").upload(new ByteArrayInputStream(new byte[200 * 1024]), WriteOptions.defaults());
        assertThat(operations).containsExactly("getPhysicalAddress", "writePresigned", "linkPhysicalAddress");
        assertThat(main.object("stream-large.bin").stat().sizeBytes()).isEqualTo(200 * 1024);
        assertThat(main.object("stream-small.bin").stat().sizeBytes()).isEqualTo(100);
    }

    @Test
    void theDefaultThresholdKeepsSmallObjectsOnTheDirectPath(EmbeddedLakeFSServer server) {
        List<String> operations = new CopyOnWriteArrayList<>();
        Branch main = repository(server, operations, RepositoryTemplate.DEFAULT_PRESIGN_THRESHOLD).branch("main");
        main.object("a.txt").upload("hello");
        assertThat(operations).containsExactly("uploadObject");
    }

    @Test
    void aNegativeThresholdIsRefused(EmbeddedLakeFSServer server) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RepositoryTemplate(client(server,
                ObservationRegistry.NOOP), DataSize.ofBytes(-1)))
            .withMessage("presign threshold -1B is invalid: it must not be negative");
    }

    private static Repository repository(EmbeddedLakeFSServer server, List<String> operations, DataSize threshold) {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<LakeFSClientObservationContext>() {

            @Override
            public boolean supportsContext(Observation.Context context) {
                return context instanceof LakeFSClientObservationContext;
            }

            @Override
            public void onStart(LakeFSClientObservationContext context) {
                if ("lakefs.client.requests".equals(context.getName()) && !context.getOperation().equals("getConfig")) {
                    operations.add(context.getOperation());
                }
            }

        });
        RepositoryTemplate repositories = new RepositoryTemplate(client(server, ObservationRegistry.NOOP));
        String id = "presign-" + Long.toString(System.nanoTime(), 36);
        repositories.repository(id).create("s3://presign/" + id);
        return new RepositoryTemplate(client(server, registry), threshold).repository(id);
    }

    private static LakeFSClient client(EmbeddedLakeFSServer server, ObservationRegistry registry) {
        return LakeFSClient.builder(LakeFSClientSettings.of(server.endpoint().toString(), server.accessKeyId(),
                server.secretAccessKey()))
            .observationRegistry(registry)
            .build();
    }

}
