package io.github.lakefsspring.transaction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.observation.LakeFSClientObservation;
import io.github.lakefsspring.client.observation.LakeFSClientObservation.HighCardinalityTags;
import io.github.lakefsspring.client.observation.LakeFSClientObservation.LowCardinalityTags;
import io.github.lakefsspring.core.BranchRedirects;
import io.github.lakefsspring.core.BranchTransaction;
import io.github.lakefsspring.core.LakeFSMergeRejectedException;
import io.github.lakefsspring.core.LakeFSMergeValidator;
import io.github.lakefsspring.core.LakeFSTransactionConflictException;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.TransactionResult;

/**
 * Runs work in a lakeFS transaction with the semantics of {@link LakeFSTransactional}, programmatically: the
 * work runs on a hidden {@code tx-<time>-<uuid>} branch (every operation on the source branch from this thread is
 * redirected there), which is committed and merged back when the work returns and deleted when it throws an
 * exception that rolls back. Each transaction is observed as {@code lakefs.transaction} with an {@code outcome}
 * of {@code committed}, {@code empty}, {@code rolled_back}, {@code rejected}, {@code conflict} or {@code failed}.
 *
 * <pre>{@code
 * transactions.execute(LakeFSTransactionDefinition.of("repo", "main", TransactionOptions.commitMessage("load")),
 *         () -> branch.upload("daily/today.csv", csv));
 * }</pre>
 *
 * @since 0.1.0
 */
public class LakeFSTransactionTemplate {

    private static final Log logger = LogFactory.getLog(LakeFSTransactionTemplate.class);

    private static final ThreadLocal<Deque<ActiveTransaction>> active = ThreadLocal.withInitial(ArrayDeque::new);

    private final RepositoryOperations repositories;

    private final ObservationRegistry observations;

    public LakeFSTransactionTemplate(RepositoryOperations repositories, ObservationRegistry observations) {
        this.repositories = repositories;
        this.observations = observations;
    }

    /**
     * Runs work in a transaction.
     * @param <T> the work's result
     * @param <E> what the work may throw
     * @param definition where and how
     * @param work the work
     * @return the work's result
     * @throws E what the work threw (after rolling back, or committing when the rules say so)
     * @throws io.github.lakefsspring.core.LakeFSTransactionException when ending the transaction failed
     */
    public <T, E extends Throwable> T execute(LakeFSTransactionDefinition definition, TransactionalWork<T, E> work)
            throws E {
        boolean inTransaction = BranchRedirects.current(definition.repository(), definition.branch()).isPresent();
        switch (definition.propagation()) {
            case MANDATORY -> {
                if (!inTransaction) {
                    throw new LakeFSTransactionStateException("No lakeFS transaction is active on branch '"
                            + definition.branch() + "' of repository '" + definition.repository()
                            + "', but the propagation is MANDATORY");
                }
                return work.run();
            }
            case NEVER -> {
                if (inTransaction) {
                    throw new LakeFSTransactionStateException("A lakeFS transaction is active on branch '"
                            + definition.branch() + "' of repository '" + definition.repository()
                            + "', but the propagation is NEVER");
                }
                return work.run();
            }
            case REQUIRED -> {
                if (inTransaction) {
                    return work.run();
                }
                return runNew(definition, work);
            }
            default -> {
                return runNew(definition, work);
            }
        }
    }

    /**
     * Registers a callback on the end of the innermost transaction active on this thread.
     * @param synchronization the callback
     * @throws LakeFSTransactionStateException when no transaction is active on this thread
     */
    public static void registerSynchronization(LakeFSTransactionSynchronization synchronization) {
        ActiveTransaction current = active.get().peek();
        if (current == null) {
            throw new LakeFSTransactionStateException("No lakeFS transaction is active on this thread");
        }
        current.synchronizations.add(synchronization);
    }

    private <T, E extends Throwable> T runNew(LakeFSTransactionDefinition definition, TransactionalWork<T, E> work)
            throws E {
        BranchTransaction transaction = this.repositories.repository(definition.repository())
            .branch(definition.branch())
            .newTransaction(definition.options());
        Observation observation = LakeFSClientObservation.TRANSACTION.observation(this.observations)
            .contextualName("lakeFS transaction on " + definition.branch())
            .highCardinalityKeyValue(HighCardinalityTags.REPOSITORY.withValue(definition.repository()))
            .highCardinalityKeyValue(HighCardinalityTags.BRANCH.withValue(definition.branch()))
            .start();
        ActiveTransaction current = new ActiveTransaction();
        Deque<ActiveTransaction> stack = active.get();
        stack.push(current);
        try (Observation.Scope scope = observation.openScope()) {
            transaction.begin();
            T result;
            try {
                result = work.run();
            }
            catch (Throwable failure) {
                if (definition.rollbackRules().rollsBack(failure)) {
                    transaction.rollback();
                    outcome(observation, "rolled_back");
                    current.afterRollback(failure);
                }
                else {
                    complete(transaction, observation, current);
                }
                throw failure;
            }
            complete(transaction, observation, current);
            return result;
        }
        finally {
            stack.remove(current);
            if (stack.isEmpty()) {
                active.remove();
            }
            observation.stop();
        }
    }

    private void complete(BranchTransaction transaction, Observation observation, ActiveTransaction current) {
        for (LakeFSTransactionSynchronization synchronization : current.synchronizations) {
            String name = synchronization.getClass().getSimpleName();
            transaction.addValidator(LakeFSMergeValidator.named(name.isEmpty() || synchronization.getClass().isHidden()
                    ? "transaction synchronization" : name, synchronization::beforeMerge));
        }
        TransactionResult result;
        try {
            result = transaction.complete();
        }
        catch (LakeFSMergeRejectedException ex) {
            outcome(observation, "rejected");
            observation.error(ex);
            current.afterRollback(ex);
            throw ex;
        }
        catch (LakeFSTransactionConflictException ex) {
            outcome(observation, "conflict");
            observation.error(ex);
            current.afterRollback(ex);
            throw ex;
        }
        catch (RuntimeException ex) {
            outcome(observation, "failed");
            observation.error(ex);
            current.afterRollback(ex);
            throw ex;
        }
        outcome(observation, result.empty() ? "empty" : "committed");
        current.afterCommit(result);
    }

    private static void outcome(Observation observation, String outcome) {
        observation.lowCardinalityKeyValue(LowCardinalityTags.OUTCOME.withValue(outcome));
    }

    /**
     * Work to run in a transaction.
     *
     * @param <T> its result
     * @param <E> what it may throw
     */
    @FunctionalInterface
    public interface TransactionalWork<T, E extends Throwable> {

        /**
         * @return the result
         * @throws E when the work fails
         */
        @Nullable T run() throws E;

    }

    /** The synchronizations of one transaction on this thread. */
    private static final class ActiveTransaction {

        private final List<LakeFSTransactionSynchronization> synchronizations = new ArrayList<>();

        void afterCommit(TransactionResult result) {
            for (LakeFSTransactionSynchronization synchronization : this.synchronizations) {
                try {
                    synchronization.afterCommit(result);
                }
                catch (RuntimeException ex) {
                    logger.warn("A lakeFS transaction synchronization failed after commit", ex);
                }
            }
        }

        void afterRollback(Throwable cause) {
            for (LakeFSTransactionSynchronization synchronization : this.synchronizations) {
                try {
                    synchronization.afterRollback(cause);
                }
                catch (RuntimeException ex) {
                    logger.warn("A lakeFS transaction synchronization failed after rollback", ex);
                }
            }
        }

    }

}
