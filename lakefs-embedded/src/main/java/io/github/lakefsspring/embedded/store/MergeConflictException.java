package io.github.lakefsspring.embedded.store;

/**
 * A merge, revert or cherry-pick found conflicting changes. lakeFS answers a merge conflict with
 * 409 and the body {@code {"reference": ""}}, and revert/cherry-pick conflicts with 409 and a message.
 */
public class MergeConflictException extends StoreException {

    private static final long serialVersionUID = 1L;

    public MergeConflictException(String message) {
        super(Kind.CONFLICT, message);
    }
}
