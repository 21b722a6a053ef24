package io.github.lakefsspring.transaction;

/**
 * What a transaction's merge does with a path that both the transaction and the source branch changed since
 * the transaction began: lakeFS's merge strategies.
 *
 * @since 0.1.0
 */
public enum ConflictResolution {

    /** Fail the merge with a {@link LakeFSTransactionConflictException}; the source branch stays as it was. */
    FAIL,

    /** Keep the source branch's version of conflicting paths (lakeFS strategy {@code dest-wins}). */
    SOURCE_BRANCH_WINS,

    /** Keep the transaction's version of conflicting paths (lakeFS strategy {@code source-wins}). */
    TRANSACTION_WINS

}
