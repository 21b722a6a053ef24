package io.github.lakefsspring.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How a merge is made.
 *
 * @param message the merge commit's message, or {@code null} for lakeFS's {@code Merge '<src>' into '<dst>'}
 * @param metadata the merge commit's metadata
 * @param strategy {@code dest-wins} or {@code source-wins} to resolve conflicts, or {@code null} to fail on them
 * @param force whether to merge into a protected branch
 * @param allowEmpty whether a merge that changes nothing still makes a commit
 * @param squashMerge whether the merge commit has only the destination as parent
 * @since 0.1.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MergeRequest(@JsonProperty("message") @Nullable String message,
        @JsonProperty("metadata") Map<String, String> metadata, @JsonProperty("strategy") @Nullable String strategy,
        @JsonProperty("force") boolean force, @JsonProperty("allow_empty") boolean allowEmpty,
        @JsonProperty("squash_merge") boolean squashMerge) {

    public MergeRequest {
        metadata = Map.copyOf(metadata);
        if (strategy != null && !strategy.equals("dest-wins") && !strategy.equals("source-wins")) {
            throw new IllegalArgumentException("Merge strategy '" + strategy
                    + "' is invalid: it must be dest-wins, source-wins or none");
        }
    }

    /** @return lakeFS's defaults: its message, no metadata, conflicts fail */
    public static MergeRequest defaults() {
        return new MergeRequest(null, Map.of(), null, false, false, false);
    }

}
