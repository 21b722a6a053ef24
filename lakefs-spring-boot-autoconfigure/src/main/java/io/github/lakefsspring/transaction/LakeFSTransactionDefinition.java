package io.github.lakefsspring.transaction;

import io.github.lakefsspring.core.TransactionOptions;

/**
 * Everything a transaction needs to run: where, how it commits and merges, how it relates to a transaction
 * already active, and which exceptions roll it back.
 *
 * @param repository the repository
 * @param branch the source branch the transaction merges into
 * @param options commit message, metadata, tag, branch kept on error, merge strategy
 * @param propagation how it relates to an active transaction on the same branch
 * @param rollbackRules which exceptions roll it back
 * @since 0.1.0
 */
public record LakeFSTransactionDefinition(String repository, String branch, TransactionOptions options,
        TransactionPropagation propagation, RollbackRules rollbackRules) {

    /**
     * A transaction that joins an active one and rolls back on unchecked exceptions.
     * @param repository the repository
     * @param branch the source branch
     * @param options commit message, metadata, tag
     * @return the definition
     */
    public static LakeFSTransactionDefinition of(String repository, String branch, TransactionOptions options) {
        return new LakeFSTransactionDefinition(repository, branch, options, TransactionPropagation.REQUIRED,
                RollbackRules.DEFAULT);
    }

    /**
     * @param propagation how it relates to an active transaction
     * @return the new definition
     */
    public LakeFSTransactionDefinition withPropagation(TransactionPropagation propagation) {
        return new LakeFSTransactionDefinition(this.repository, this.branch, this.options, propagation,
                this.rollbackRules);
    }

    /**
     * @param rollbackRules which exceptions roll it back
     * @return the new definition
     */
    public LakeFSTransactionDefinition withRollbackRules(RollbackRules rollbackRules) {
        return new LakeFSTransactionDefinition(this.repository, this.branch, this.options, this.propagation,
                rollbackRules);
    }

}
