package io.github.lakefsspring.core;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSException;

/**
 * A transaction's work succeeded but ending it failed: the message says which step (commit, validation, tag
 * check, merge, tag, cleanup), what that means for the source branch, and keeps the cause.
 *
 * @since 0.1.0
 */
public class LakeFSTransactionException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    private final Step step;

    private final String transactionBranch;

    public LakeFSTransactionException(Step step, String transactionBranch, String message,
            @Nullable Throwable cause) {
        super(message, cause);
        this.step = step;
        this.transactionBranch = transactionBranch;
    }

    /** @return the step that failed */
    public Step step() {
        return this.step;
    }

    /** @return the transaction branch (kept when the transaction was told not to delete it on error) */
    public String transactionBranch() {
        return this.transactionBranch;
    }

    /** The steps that end a transaction. */
    public enum Step {

        /** Creating the transaction branch. */
        BEGIN,

        /** Committing the transaction branch. */
        COMMIT,

        /** Asking the merge validators whether the committed changes may be merged. */
        VALIDATE,

        /** Checking that the requested tag does not exist yet. */
        TAG_CHECK,

        /** Merging into the source branch. */
        MERGE,

        /** Creating the requested tag on the merge commit. */
        TAG,

        /** Deleting the transaction branch. */
        CLEANUP

    }

}
