package io.github.lakefsspring.core;

/**
 * A transaction could not be merged because the source branch changed the same paths since the transaction
 * began. The source branch is unchanged.
 *
 * @since 0.1.0
 */
public class LakeFSTransactionConflictException extends LakeFSTransactionException {

    private static final long serialVersionUID = 1L;

    private final String sourceBranch;

    private final String sourceCommit;

    public LakeFSTransactionConflictException(String transactionBranch, String sourceBranch, String sourceCommit,
            Throwable cause) {
        super(Step.MERGE, transactionBranch, "Transaction branch '" + transactionBranch + "' conflicts with branch '"
                + sourceBranch + "' at commit " + sourceCommit + ": both changed the same paths since the transaction "
                + "began; '" + sourceBranch + "' is unchanged", cause);
        this.sourceBranch = sourceBranch;
        this.sourceCommit = sourceCommit;
    }

    /** @return the branch the transaction was to be merged into */
    public String sourceBranch() {
        return this.sourceBranch;
    }

    /** @return the source branch's head when the merge was refused */
    public String sourceCommit() {
        return this.sourceCommit;
    }

}
