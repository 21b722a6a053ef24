package io.github.lakefsspring.transaction;

/**
 * A transactional method was called where its propagation forbids it: {@code MANDATORY} without an active
 * transaction on its branch, or {@code NEVER} inside one.
 *
 * @since 0.1.0
 */
public class LakeFSTransactionStateException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public LakeFSTransactionStateException(String message) {
        super(message);
    }

}
