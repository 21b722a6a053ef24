package io.github.lakefsspring.core;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.ObservationView;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.observation.LakeFSClientObservationContext;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls the handles make off the caller's thread (a listing's page ahead, a streaming writer's upload) are
 * observed as children of the caller's observation, and a listing read one page ahead still yields every element
 * once, in order, and stops where asked.
 */
@EmbeddedLakeFS
class BackgroundCallsTests {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Test
    void listingsFetchAheadAsChildrenOfTheCallersObservation(EmbeddedLakeFSServer server) {
        ObservationRegistry registry = registry();
        Branch main = repository(server, registry).branch("main");
        IntStream.range(0, 25).forEach((i) -> main.object(String.format("o/%02d", i)).upload("x"));
        this.calls.clear();
        List<String> paths = Observation.createNotStarted("caller", registry)
            .observe(() -> main.objects(ObjectListOptions.prefix("o/").withPageSize(10)).map(ObjectStats::path)
                .toList());
        assertThat(paths).hasSize(25).isSorted().doesNotHaveDuplicates();
        assertThat(this.calls).containsExactly("listObjects<caller", "listObjects<caller", "listObjects<caller");
        this.calls.clear();
        assertThat(main.objects(ObjectListOptions.prefix("o/").withPageSize(10).withMaxAmount(10)).count())
            .isEqualTo(10);
        assertThat(this.calls).as("no page fetched beyond the maximum").containsExactly("listObjects<-");
    }

    @Test
    void aStreamingWritersUploadIsAChildOfTheCallersObservation(EmbeddedLakeFSServer server) {
        ObservationRegistry registry = registry();
        Branch main = repository(server, registry).branch("main");
        this.calls.clear();
        Observation.createNotStarted("caller", registry).observe(() -> {
            try (OutputStream out = main.object("w").openWriter(WriteOptions.defaults().withPresign(false))) {
                out.write(new byte[10]);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertThat(this.calls).containsExactly("uploadObject<caller", "statObject<caller");
    }

    private ObservationRegistry registry() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStart(Observation.Context context) {
                if (context instanceof LakeFSClientObservationContext call
                        && "lakefs.client.requests".equals(call.getName()) && !call.getOperation().equals("getConfig")) {
                    ObservationView parent = call.getParentObservation();
                    BackgroundCallsTests.this.calls.add(call.getOperation() + "<"
                            + ((parent != null) ? parent.getContextView().getName() : "-"));
                }
            }

        });
        return registry;
    }

    private static Repository repository(EmbeddedLakeFSServer server, ObservationRegistry registry) {
        RepositoryTemplate repositories = new RepositoryTemplate(LakeFSClient.builder(LakeFSClientSettings
            .of(server.endpoint().toString(), server.accessKeyId(), server.secretAccessKey()))
            .observationRegistry(registry)
            .build());
        String id = "background-" + Long.toString(System.nanoTime(), 36);
        return repositories.repository(id).create("s3://background/" + id);
    }

}
