package io.github.lakefsspring.core;

import io.github.lakefsspring.client.ConflictException;
import io.github.lakefsspring.client.MergeConflictException;

/**
 * A merge found paths changed on both sides since the merge base and had no strategy to resolve them; the
 * destination is unchanged. Names the source and the destination.
 *
 * @since 0.1.0
 */
public class LakeFSMergeConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final String source;

    private final String destination;

    public LakeFSMergeConflictException(String repository, String source, String destination,
            MergeConflictException cause) {
        super(cause.request(), "merging '" + source + "' into '" + destination + "' of repository '" + repository
                + "' conflicts: both changed the same paths since their merge base; the destination is unchanged");
        initCause(cause);
        this.source = source;
        this.destination = destination;
    }

    /** @return the ref that was merged */
    public String source() {
        return this.source;
    }

    /** @return the branch it was merged into */
    public String destination() {
        return this.destination;
    }

}
