package io.github.lakefsspring.actuate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.core.LakeFSTransactionSweeper;
import io.github.lakefsspring.core.LakeFSTransactionSweeper.TransactionBranch;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.TransactionBranches;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;

/**
 * The {@code lakefstransactions} actuator endpoint: the transaction branches of the swept repositories, each
 * {@code active} (a transaction in this application uses it), {@code abandoned} (older than the sweep age and
 * unused here), {@code recent} or of {@code unknown} age; and, where writes are allowed, deleting one that no
 * transaction here is using.
 *
 * @since 0.1.0
 */
@Endpoint(id = "lakefstransactions")
public class LakeFSTransactionsEndpoint {

    private final LakeFSTransactionSweeper sweeper;

    private final RepositoryOperations repositories;

    private final Supplier<List<String>> swept;

    private final Duration olderThan;

    /**
     * @param sweeper reads the branches
     * @param repositories deletes them
     * @param swept the repositories to show
     * @param olderThan the age from which an unused transaction branch counts as abandoned
     */
    public LakeFSTransactionsEndpoint(LakeFSTransactionSweeper sweeper, RepositoryOperations repositories,
            Supplier<List<String>> swept, Duration olderThan) {
        this.sweeper = sweeper;
        this.repositories = repositories;
        this.swept = swept;
        this.olderThan = olderThan;
    }

    /** @return per repository, its transaction branches and their state */
    @ReadOperation
    public Map<String, List<BranchState>> transactions() {
        Map<String, List<BranchState>> all = new LinkedHashMap<>();
        for (String repository : this.swept.get()) {
            all.put(repository, this.sweeper.transactionBranches(repository).stream().map(this::state).toList());
        }
        return all;
    }

    /**
     * Deletes a transaction branch no transaction in this application is using.
     * @param repository the repository
     * @param branch the transaction branch
     * @return what was done
     */
    @DeleteOperation
    public Map<String, String> delete(@Selector String repository, @Selector String branch) {
        if (!TransactionBranches.isTransactionBranch(branch)) {
            return Map.of("result", "refused", "reason", "'" + branch + "' is not a transaction branch");
        }
        if (TransactionBranches.isActiveHere(repository, branch)) {
            return Map.of("result", "refused", "reason", "a transaction in this application is using it");
        }
        this.repositories.repository(repository).branch(branch).delete();
        return Map.of("result", "deleted", "branch", branch);
    }

    private BranchState state(TransactionBranch branch) {
        String state = branch.activeHere() ? "active" : (branch.age() == null) ? "unknown"
                : branch.isAbandoned(this.olderThan) ? "abandoned" : "recent";
        return new BranchState(branch.branch(), state, (branch.createdAt() != null) ? branch.createdAt().toString()
                : null);
    }

    /**
     * One transaction branch in the endpoint's answer.
     *
     * @param branch its name
     * @param state {@code active}, {@code abandoned}, {@code recent} or {@code unknown}
     * @param createdAt when it was created (ISO-8601), or {@code null} when its name does not say
     */
    public record BranchState(String branch, String state, @Nullable String createdAt) {
    }

}
