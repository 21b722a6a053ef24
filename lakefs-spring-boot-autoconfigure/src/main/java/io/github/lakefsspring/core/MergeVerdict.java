package io.github.lakefsspring.core;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link LakeFSMergeValidator} decided.
 *
 * @param accepted whether the changes may be merged
 * @param reason why not, when refused
 * @since 0.1.0
 */
public record MergeVerdict(boolean accepted, @Nullable String reason) {

    private static final MergeVerdict ACCEPT = new MergeVerdict(true, null);

    public MergeVerdict {
        if (!accepted && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("A refusal needs a reason: it is what the exception reports");
        }
    }

    /** @return the changes may be merged */
    public static MergeVerdict accept() {
        return ACCEPT;
    }

    /**
     * @param reason why the changes may not be merged, reported in the exception
     * @return the changes may not be merged
     */
    public static MergeVerdict reject(String reason) {
        return new MergeVerdict(false, reason);
    }

}
