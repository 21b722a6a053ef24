package io.github.lakefsspring.autoconfigure;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.github.lakefsspring.core.ListOptions;
import io.github.lakefsspring.core.Reference;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.TransactionBranches;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code lakefs.transactions.sweep.enabled=true} the application deletes abandoned transaction branches of the
 * default repository every interval while it runs; without it, nothing is scheduled.
 */
class TransactionSweepScheduleTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                LakeFSAutoConfiguration.class, LakeFSTransactionAutoConfiguration.class))
        .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.default-repository=swept-app");

    @Test
    void abandonedBranchesAreSweptWhileTheApplicationRuns() {
        this.runner.withPropertyValues("lakefs.transactions.sweep.enabled=true",
                "lakefs.transactions.sweep.older-than=1h", "lakefs.transactions.sweep.interval=200ms")
            .run((context) -> {
                assertThat(context).hasSingleBean(TransactionSweepSchedule.class);
                Repository repo = context.getBean(RepositoryOperations.class).repository("swept-app")
                    .create("s3://swept/app");
                String abandoned = TransactionBranches.newName(Instant.now().minus(Duration.ofHours(2)));
                String recent = TransactionBranches.newName(Instant.now());
                repo.branch(abandoned).create("main");
                repo.branch(recent).create("main");
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                while (repo.allBranches(ListOptions.prefix("tx-")).count() > 1 && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(repo.allBranches(ListOptions.prefix("tx-")).map(Reference::id)).containsExactly(recent);
            });
    }

    @Test
    void nothingIsScheduledUnlessAsked() {
        this.runner.run((context) -> assertThat(context).doesNotHaveBean(TransactionSweepSchedule.class)
            .hasBean("lakeFSTransactionSweeper"));
    }

}
