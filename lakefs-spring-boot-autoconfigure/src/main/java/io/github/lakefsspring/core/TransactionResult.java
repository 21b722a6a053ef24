package io.github.lakefsspring.core;

import org.jspecify.annotations.Nullable;

/**
 * What a transaction that ended normally did.
 *
 * @param transactionBranch the ephemeral branch it ran on (deleted by now)
 * @param commitId the transaction's commit, or {@code null} when it changed nothing
 * @param mergeCommitId the merge commit on the source branch, or {@code null} when it changed nothing
 * @since 0.1.0
 */
public record TransactionResult(String transactionBranch, @Nullable String commitId, @Nullable String mergeCommitId) {

    /** @return whether the transaction changed nothing, so nothing was committed or merged */
    public boolean empty() {
        return this.mergeCommitId == null;
    }

}
