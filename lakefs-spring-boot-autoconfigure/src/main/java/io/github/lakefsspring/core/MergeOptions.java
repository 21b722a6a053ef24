package io.github.lakefsspring.core;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.MergeRequest;

/**
 * How a merge is made.
 *
 * @param message the merge commit's message, or {@code null} for lakeFS's {@code Merge '<src>' into '<dst>'}
 * @param metadata the merge commit's metadata
 * @param strategy how conflicting paths are resolved, or {@code null} to fail on them
 * @param allowEmpty whether a merge that changes nothing still makes a commit
 * @param squash whether the merge commit has only the destination as parent
 * @param force whether to merge into a protected branch
 * @since 0.1.0
 */
public record MergeOptions(@Nullable String message, Map<String, String> metadata, @Nullable MergeStrategy strategy,
        boolean allowEmpty, boolean squash, boolean force) {

    public MergeOptions {
        metadata = Map.copyOf(metadata);
    }

    /** @return lakeFS's defaults: its message, no metadata, conflicts fail */
    public static MergeOptions defaults() {
        return new MergeOptions(null, Map.of(), null, false, false, false);
    }

    /**
     * @param message the merge commit's message
     * @return the new options
     */
    public MergeOptions withMessage(@Nullable String message) {
        return new MergeOptions(message, this.metadata, this.strategy, this.allowEmpty, this.squash, this.force);
    }

    /**
     * @param metadata the merge commit's metadata
     * @return the new options
     */
    public MergeOptions withMetadata(Map<String, String> metadata) {
        return new MergeOptions(this.message, metadata, this.strategy, this.allowEmpty, this.squash, this.force);
    }

    /**
     * @param strategy how conflicting paths are resolved
     * @return the new options
     */
    public MergeOptions withStrategy(@Nullable MergeStrategy strategy) {
        return new MergeOptions(this.message, this.metadata, strategy, this.allowEmpty, this.squash, this.force);
    }

    /**
     * @param allowEmpty whether a merge that changes nothing still makes a commit
     * @return the new options
     */
    public MergeOptions withAllowEmpty(boolean allowEmpty) {
        return new MergeOptions(this.message, this.metadata, this.strategy, allowEmpty, this.squash, this.force);
    }

    /**
     * @param squash whether the merge commit has only the destination as parent
     * @return the new options
     */
    public MergeOptions withSquash(boolean squash) {
        return new MergeOptions(this.message, this.metadata, this.strategy, this.allowEmpty, squash, this.force);
    }

    MergeRequest toRequest() {
        return new MergeRequest(this.message, this.metadata, (this.strategy != null) ? this.strategy.wireName() : null,
                this.force, this.allowEmpty, this.squash);
    }

}
