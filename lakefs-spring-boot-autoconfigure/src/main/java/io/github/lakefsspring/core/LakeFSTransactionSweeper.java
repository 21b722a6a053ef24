package io.github.lakefsspring.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.NotFoundException;

/**
 * Finds and deletes abandoned transaction branches: those a crashed JVM, a lost connection or
 * {@code withDeleteBranchOnError(false)} left behind. A transaction branch is abandoned when it is older than the
 * given age (its name carries its creation time) and no transaction in this JVM is using it; branches whose name
 * has no time are listed but never swept.
 *
 * @since 0.1.0
 */
public class LakeFSTransactionSweeper {

    private static final Log logger = LogFactory.getLog(LakeFSTransactionSweeper.class);

    private final RepositoryOperations repositories;

    private final Clock clock;

    public LakeFSTransactionSweeper(RepositoryOperations repositories) {
        this(repositories, Clock.systemUTC());
    }

    /**
     * @param repositories where the branches are
     * @param clock what "now" is, for ages
     */
    public LakeFSTransactionSweeper(RepositoryOperations repositories, Clock clock) {
        this.repositories = repositories;
        this.clock = clock;
    }

    /**
     * @param repository the repository
     * @return every transaction branch of the repository, oldest first
     */
    public List<TransactionBranch> transactionBranches(String repository) {
        Instant now = this.clock.instant();
        return this.repositories.repository(repository)
            .allBranches(ListOptions.prefix(TransactionBranches.PREFIX))
            .map((branch) -> describe(repository, branch.id(), now))
            .sorted((a, b) -> compare(a.createdAt(), b.createdAt()))
            .toList();
    }

    private static TransactionBranch describe(String repository, String branch, Instant now) {
        Instant created = TransactionBranches.createdAt(branch).orElse(null);
        return new TransactionBranch(repository, branch, created,
                (created != null) ? Duration.between(created, now) : null,
                TransactionBranches.isActiveHere(repository, branch));
    }

    /**
     * @param repository the repository
     * @param olderThan the age from which an unused transaction branch counts as abandoned
     * @return the abandoned transaction branches, oldest first
     */
    public List<TransactionBranch> abandoned(String repository, Duration olderThan) {
        return transactionBranches(repository).stream().filter((branch) -> branch.isAbandoned(olderThan)).toList();
    }

    /**
     * Deletes the abandoned transaction branches of a repository.
     * @param repository the repository
     * @param olderThan the age from which an unused transaction branch counts as abandoned
     * @return the branches deleted
     */
    public List<TransactionBranch> sweep(String repository, Duration olderThan) {
        List<TransactionBranch> deleted = new ArrayList<>();
        for (TransactionBranch branch : abandoned(repository, olderThan)) {
            try {
                this.repositories.repository(repository).branch(branch.branch()).delete();
            }
            catch (NotFoundException ex) {
                continue;
            }
            deleted.add(branch);
            logger.info("Deleted abandoned transaction branch " + branch.branch() + " of repository " + repository
                    + " (created " + branch.createdAt() + ")");
        }
        return deleted;
    }

    private static int compare(@Nullable Instant a, @Nullable Instant b) {
        if (a == null || b == null) {
            return (a == null) ? ((b == null) ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    /**
     * A transaction branch as the sweeper sees it.
     *
     * @param repository the repository
     * @param branch its name
     * @param createdAt when it was created, or {@code null} when its name does not say
     * @param age how old it is, or {@code null} when unknown
     * @param activeHere whether a transaction in this JVM is using it
     */
    public record TransactionBranch(String repository, String branch, @Nullable Instant createdAt,
            @Nullable Duration age, boolean activeHere) {

        /**
         * @param olderThan the age from which an unused transaction branch counts as abandoned
         * @return whether it is abandoned
         */
        public boolean isAbandoned(Duration olderThan) {
            return !this.activeHere && this.age != null && this.age.compareTo(olderThan) > 0;
        }

    }

}
