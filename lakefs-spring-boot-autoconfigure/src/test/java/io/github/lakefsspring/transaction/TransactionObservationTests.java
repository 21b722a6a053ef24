package io.github.lakefsspring.transaction;

import java.util.ArrayList;
import java.util.List;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every transaction is one {@code lakefs.transaction} observation whose {@code outcome} says how it ended.
 */
@EmbeddedLakeFS
class TransactionObservationTests {

    @Test
    void outcomesAreObserved(EmbeddedLakeFSServer server) {
        List<String> outcomes = new ArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                outcomes.add(context.getName() + ":" + context.getLowCardinalityKeyValue("outcome").getValue());
            }

        });
        RepositoryTemplate repositories = new RepositoryTemplate(LakeFSClient.create(
                LakeFSClientSettings.of(server.endpoint().toString(), server.accessKeyId(), server.secretAccessKey())));
        Repository repo = repositories.repository("observed").create("s3://observed/repo");
        LakeFSTransactionTemplate transactions = new LakeFSTransactionTemplate(repositories, registry);
        LakeFSTransactionDefinition definition = LakeFSTransactionDefinition.of("observed", "main",
                TransactionOptions.commitMessage("observed"));
        transactions.execute(definition, () -> repo.branch("main").object("x").upload("x"));
        transactions.execute(definition, () -> null);
        assertThatIllegalStateException().isThrownBy(() -> transactions.execute(definition, () -> {
            throw new IllegalStateException("boom");
        }));
        assertThat(outcomes).containsExactly("lakefs.transaction:committed", "lakefs.transaction:empty",
                "lakefs.transaction:rolled_back");
    }

}
