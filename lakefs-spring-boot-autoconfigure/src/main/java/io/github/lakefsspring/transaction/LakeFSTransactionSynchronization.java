package io.github.lakefsspring.transaction;

import io.github.lakefsspring.core.TransactionResult;

/**
 * A callback on the end of the current lakeFS transaction, registered with
 * {@link LakeFSTransactionTemplate#registerSynchronization}: publish an event only once data has landed, or clean
 * up when it has not.
 *
 * @since 0.1.0
 */
public interface LakeFSTransactionSynchronization {

    /**
     * Called after the transaction was merged into its branch (or found empty).
     * @param result what the transaction did
     */
    default void afterCommit(TransactionResult result) {
    }

    /**
     * Called after the transaction was rolled back or failed to complete; nothing of it is on the branch.
     * @param cause why
     */
    default void afterRollback(Throwable cause) {
    }

}
