package io.github.lakefsspring.embedded.store;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How to merge.
 *
 * @param committer the user recorded as committer of the merge commit
 * @param message the merge commit message, or null for {@code Merge '<source>' into '<destination>'}
 * @param metadata user metadata for the merge commit
 * @param strategy null, {@code dest-wins} or {@code source-wins}; anything else is a bad request
 * @param force whether to merge into a read-only repository
 * @param allowEmpty whether a merge that changes nothing still creates a commit
 * @param squash whether the merge commit gets only the destination head as parent
 */
public record MergeRequest(String committer, @Nullable String message, Map<String, String> metadata,
        @Nullable String strategy, boolean force, boolean allowEmpty, boolean squash) {

    public MergeRequest {
        metadata = Map.copyOf(metadata);
    }
}
