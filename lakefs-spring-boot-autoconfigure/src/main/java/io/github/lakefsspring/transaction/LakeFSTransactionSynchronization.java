package io.github.lakefsspring.transaction;

import io.github.lakefsspring.core.MergeCandidate;
import io.github.lakefsspring.core.MergeVerdict;
import io.github.lakefsspring.core.TransactionResult;

/**
 * A callback on the end of the current lakeFS transaction, registered with
 * {@link LakeFSTransactionTemplate#registerSynchronization}: veto the merge, publish an event only once data has
 * landed, or clean up when it has not.
 *
 * @since 0.1.0
 */
public interface LakeFSTransactionSynchronization {

    /**
     * Called after the transaction's changes are committed on its branch and before they are merged, after the
     * merge validators: a refusal rolls the transaction back with a
     * {@link io.github.lakefsspring.core.LakeFSMergeRejectedException} naming this synchronization. Not called for
     * an empty transaction.
     * @param candidate the committed changes, readable on the transaction branch
     * @return whether they may be merged
     */
    default MergeVerdict beforeMerge(MergeCandidate candidate) {
        return MergeVerdict.accept();
    }

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
