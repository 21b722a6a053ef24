package io.github.lakefsspring.core;

/**
 * A {@link LakeFSMergeValidator} (step {@code VALIDATE}) or a lakeFS pre-merge hook (step {@code MERGE}) refused a
 * transaction's changes: nothing was merged, and the transaction branch was deleted (or kept, when the options keep
 * it on error).
 *
 * @since 0.1.0
 */
public class LakeFSMergeRejectedException extends LakeFSTransactionException {

    private static final long serialVersionUID = 1L;

    private final String validator;

    private final String reason;

    LakeFSMergeRejectedException(String transactionBranch, String message, String validator, String reason) {
        this(Step.VALIDATE, transactionBranch, message, validator, reason);
    }

    LakeFSMergeRejectedException(Step step, String transactionBranch, String message, String validator,
            String reason) {
        super(step, transactionBranch, message, null);
        this.validator = validator;
        this.reason = reason;
    }

    /** @return the name of the validator that refused, or the id of the lakeFS hook */
    public String validator() {
        return this.validator;
    }

    /** @return its reason (for a webhook, what it answered) */
    public String reason() {
        return this.reason;
    }

}
