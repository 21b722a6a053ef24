package io.github.lakefsspring.core;

/**
 * A {@link LakeFSMergeValidator} refused a transaction's changes: nothing was merged, and the transaction branch was
 * deleted (or kept, when the options keep it on error).
 *
 * @since 0.1.0
 */
public class LakeFSMergeRejectedException extends LakeFSTransactionException {

    private static final long serialVersionUID = 1L;

    private final String validator;

    private final String reason;

    LakeFSMergeRejectedException(String transactionBranch, String message, String validator, String reason) {
        super(Step.VALIDATE, transactionBranch, message, null);
        this.validator = validator;
        this.reason = reason;
    }

    /** @return the name of the validator that refused */
    public String validator() {
        return this.validator;
    }

    /** @return its reason */
    public String reason() {
        return this.reason;
    }

}
