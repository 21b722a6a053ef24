package io.github.lakefsspring.embedded.store;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What to commit with.
 *
 * @param committer the user recorded as committer
 * @param message the message, possibly empty
 * @param metadata user metadata
 * @param date creation time override, Unix seconds, or null for now
 * @param allowEmpty whether a commit with no staged changes is allowed
 * @param force whether to write to a read-only repository
 */
public record CommitRequest(String committer, String message, Map<String, String> metadata, @Nullable Long date,
        boolean allowEmpty, boolean force) {

    public CommitRequest {
        metadata = Map.copyOf(metadata);
    }
}
