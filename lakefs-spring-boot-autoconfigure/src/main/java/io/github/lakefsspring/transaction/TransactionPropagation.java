package io.github.lakefsspring.transaction;

/**
 * How a transactional method relates to a lakeFS transaction already active on the same branch and thread,
 * with the meaning the names have in Spring's {@code @Transactional}.
 *
 * @since 0.1.0
 */
public enum TransactionPropagation {

    /** Join the active transaction on the branch; begin one if there is none. */
    REQUIRED,

    /** Always begin a transaction of its own, merged when the method returns, whatever is active. */
    REQUIRES_NEW,

    /** Join the active transaction on the branch; fail if there is none. */
    MANDATORY,

    /** Run without a transaction; fail if one is active on the branch. */
    NEVER

}
