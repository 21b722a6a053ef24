package io.github.lakefsspring.embedded.store;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Replacements for the message and metadata of a revert or cherry-pick commit.
 *
 * @param message the message to use instead of the default, or null
 * @param metadata the metadata to use instead of the default, or null
 */
public record CommitOverrides(@Nullable String message, @Nullable Map<String, String> metadata) {

    /** No overrides. */
    public static final CommitOverrides NONE = new CommitOverrides(null, null);
}
