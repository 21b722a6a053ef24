package io.github.lakefsspring.embedded.store;

import org.jspecify.annotations.Nullable;

/**
 * The state of an asynchronous import.
 *
 * @param completed whether the import finished and committed
 * @param updateTime last progress, RFC 3339
 * @param ingestedObjects objects ingested so far
 * @param metaRangeId the imported tree once known, or null
 * @param commit the import commit once completed, or null
 * @param error why it failed ({@code Canceled} after a cancel), or null
 */
public record ImportStatus(boolean completed, String updateTime, long ingestedObjects, @Nullable String metaRangeId,
        @Nullable Commit commit, @Nullable String error) {
}
