package io.github.lakefsspring.transaction;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.model.ChangeType;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.BranchOperations;
import io.github.lakefsspring.core.LakeFSMergeRejectedException;
import io.github.lakefsspring.core.LakeFSMergeValidator;
import io.github.lakefsspring.core.MergeCandidate;
import io.github.lakefsspring.core.MergeVerdict;
import io.github.lakefsspring.core.RepositoryOperations;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An application's merge validator beans gate every {@code @LakeFSTransactional} method: a refusal rolls the
 * method's transaction back, reaches the caller as {@link LakeFSMergeRejectedException}, tells synchronizations,
 * and is observed with {@code outcome=rejected}; a synchronization can veto the merge too.
 */
class MergeGateTests {

    private static ConfigurableApplicationContext context;

    private static Branch main;

    private static String repository;

    /** On the embedded server, or on the real lakeFS the {@code LAKEFS_IT_*} variables name. */
    @BeforeAll
    static void start() {
        repository = "gated-" + Long.toString(System.nanoTime(), 36);
        ApplicationTarget target = ApplicationTarget.fromEnvironment();
        context = target.run(Application.class, repository);
        String namespace = target.namespace(repository);
        main = context.getBean(RepositoryOperations.class).repository(repository).create(namespace).branch("main");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.getBean(RepositoryOperations.class).repository(repository).delete();
            context.close();
        }
    }

    @Test
    void aValidatorBeanRollsBackAnAnnotatedMethod() {
        Loads loads = context.getBean(Loads.class);
        String head = main.commit().id();
        assertThatExceptionOfType(LakeFSMergeRejectedException.class)
            .isThrownBy(() -> loads.load("bad.csv", "1,Alice\n"))
            .satisfies((ex) -> assertThat(ex.validator()).isEqualTo("HeaderRowValidator"))
            .withMessageContaining("bad.csv has no header row");
        assertThat(main.commit().id()).isEqualTo(head);
        assertThat(loads.events()).contains("rolled back: LakeFSMergeRejectedException");
        assertThat(context.getBean(Outcomes.class).seen).contains("rejected");
        loads.load("good.csv", "id,name\n1,Alice\n");
        assertThat(main.object("good.csv").readString()).startsWith("id,");
        assertThat(context.getBean(Outcomes.class).seen).endsWith("committed");
    }

    @Test
    void aSynchronizationCanVetoTheMerge() {
        Loads loads = context.getBean(Loads.class);
        assertThatExceptionOfType(LakeFSMergeRejectedException.class)
            .isThrownBy(() -> loads.loadVetoed("vetoed.csv"))
            .satisfies((ex) -> assertThat(ex.reason()).isEqualTo("1 change, 2 expected"));
        assertThat(main.object("vetoed.csv").exists()).isFalse();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class Application {

        @Bean
        HeaderRowValidator headerRowValidator() {
            return new HeaderRowValidator();
        }

        @Bean
        Loads loads(BranchOperations branch) {
            return new Loads(branch);
        }

        @Bean
        Outcomes outcomes() {
            return new Outcomes();
        }

    }

    /** Refuses CSV files without a header row, reading them where the transaction wrote them. */
    static class HeaderRowValidator implements LakeFSMergeValidator {

        @Override
        public MergeVerdict validate(MergeCandidate candidate) {
            return candidate.changes()
                .filter((change) -> change.type() == ChangeType.ADDED && change.path().endsWith(".csv"))
                .filter((change) -> !candidate.transactionBranch().object(change.path()).readString().startsWith("id,"))
                .findFirst()
                .map((change) -> MergeVerdict.reject(change.path() + " has no header row"))
                .orElse(MergeVerdict.accept());
        }

    }

    /** Transactional methods, as an application writes them. */
    static class Loads {

        final BranchOperations branch;

        final List<String> events = new CopyOnWriteArrayList<>();

        Loads(BranchOperations branch) {
            this.branch = branch;
        }

        /** @return what the synchronizations heard (a method: the bean is a proxy) */
        public List<String> events() {
            return this.events;
        }

        @LakeFSTransactional(commitMessage = "load #{#path}")
        public void load(String path, String content) {
            this.branch.upload(path, content);
            LakeFSTransactionTemplate.registerSynchronization(new LakeFSTransactionSynchronization() {

                @Override
                public void afterRollback(Throwable cause) {
                    Loads.this.events.add("rolled back: " + cause.getClass().getSimpleName());
                }

            });
        }

        @LakeFSTransactional(commitMessage = "vetoed")
        public void loadVetoed(String path) {
            this.branch.upload(path, "id,name\n");
            LakeFSTransactionTemplate.registerSynchronization(new LakeFSTransactionSynchronization() {

                @Override
                public MergeVerdict beforeMerge(MergeCandidate candidate) {
                    long changes = candidate.changes().count();
                    return (changes == 2) ? MergeVerdict.accept()
                            : MergeVerdict.reject(changes + " change" + ((changes == 1) ? "" : "s") + ", 2 expected");
                }

            });
        }

    }

    /** Records the outcome of every {@code lakefs.transaction} observation, through Boot's observation registry. */
    static class Outcomes implements ObservationHandler<Observation.Context> {

        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public boolean supportsContext(Observation.Context context) {
            return "lakefs.transaction".equals(context.getName());
        }

        @Override
        public void onStop(Observation.Context context) {
            this.seen.add(context.getLowCardinalityKeyValue("outcome").getValue());
        }

    }

}
