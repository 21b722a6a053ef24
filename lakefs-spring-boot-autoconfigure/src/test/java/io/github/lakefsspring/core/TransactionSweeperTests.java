package io.github.lakefsspring.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.github.lakefsspring.actuate.LakeFSTransactionsEndpoint;
import io.github.lakefsspring.actuate.LakeFSTransactionsEndpoint.BranchState;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.core.LakeFSTransactionSweeper.TransactionBranch;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Transaction branches carry their creation time; the sweeper deletes those older than the age that no transaction
 * in this JVM uses, never a running one nor one whose age it cannot tell, and the actuator endpoint shows and
 * deletes them with the same rules.
 */
@EmbeddedLakeFS
class TransactionSweeperTests {

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void onlyUnusedBranchesOlderThanTheAgeAreSwept(LakeFSTarget target) {
        RepositoryTemplate repositories = repositories(target);
        String id = "swept-" + Long.toString(System.nanoTime(), 36);
        Repository repo = repositories.repository(id).create(target.uniqueNamespace(id));
        Instant now = Instant.now();
        String old = TransactionBranches.newName(now.minus(Duration.ofDays(2)));
        String recent = TransactionBranches.newName(now);
        String legacy = "tx-" + UUID.randomUUID();
        for (String branch : new String[] { old, recent, legacy }) {
            repo.branch(branch).create("main");
        }
        BranchTransaction running = repo.branch("main").newTransaction(TransactionOptions.commitMessage("running"));
        running.begin();
        try {
            assertThat(TransactionBranches.createdAt(old)).isPresent();
            assertThat(TransactionBranches.createdAt(legacy)).isEmpty();
            LakeFSTransactionSweeper today = new LakeFSTransactionSweeper(repositories);
            assertThat(today.transactionBranches(id)).extracting(TransactionBranch::branch).hasSize(4);
            assertThat(today.abandoned(id, DAY)).extracting(TransactionBranch::branch).containsExactly(old);
            LakeFSTransactionSweeper inAWeek = new LakeFSTransactionSweeper(repositories,
                    Clock.fixed(now.plus(Duration.ofDays(7)), ZoneOffset.UTC));
            assertThat(inAWeek.sweep(id, DAY)).extracting(TransactionBranch::branch).containsExactly(old, recent);
            assertThat(repo.allBranches(ListOptions.prefix("tx-")).map(Reference::id))
                .containsExactlyInAnyOrder(legacy, running.transactionBranch());
            running.branch().object("x").upload("x");
        }
        finally {
            running.complete();
        }
        assertThat(repo.branch("main").object("x").readString()).isEqualTo("x");
        assertThat(TransactionBranches.isActiveHere(id, running.transactionBranch())).isFalse();
    }

    @Test
    void theEndpointShowsStatesAndDeletesOnlyUnusedTransactionBranches(LakeFSTarget target) {
        RepositoryTemplate repositories = repositories(target);
        String id = "shown-" + Long.toString(System.nanoTime(), 36);
        Repository repo = repositories.repository(id).create(target.uniqueNamespace(id));
        String old = TransactionBranches.newName(Instant.now().minus(Duration.ofDays(2)));
        repo.branch(old).create("main");
        BranchTransaction running = repo.branch("main").newTransaction(TransactionOptions.commitMessage("running"));
        running.begin();
        try {
            LakeFSTransactionsEndpoint endpoint = new LakeFSTransactionsEndpoint(
                    new LakeFSTransactionSweeper(repositories), repositories, () -> List.of(id), DAY);
            Map<String, List<BranchState>> shown = endpoint.transactions();
            assertThat(shown.get(id)).extracting(BranchState::branch, BranchState::state)
                .containsExactly(tuple(old, "abandoned"),
                        tuple(running.transactionBranch(), "active"));
            assertThat(endpoint.delete(id, "main")).containsEntry("result", "refused");
            assertThat(endpoint.delete(id, running.transactionBranch())).containsEntry("result", "refused");
            assertThat(endpoint.delete(id, old)).containsEntry("result", "deleted");
            assertThat(repo.allBranches(ListOptions.prefix("tx-")).map(Reference::id))
                .containsExactly(running.transactionBranch());
        }
        finally {
            running.rollback();
        }
    }

    private static RepositoryTemplate repositories(LakeFSTarget target) {
        return new RepositoryTemplate(LakeFSClient.create(LakeFSClientSettings.of(target.endpoint().toString(),
                target.accessKeyId(), target.secretAccessKey())));
    }

}
