package io.github.lakefsspring.client.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a lakeFS pull request is in its life.
 *
 * @since 0.2.0
 */
public enum PullRequestStatus {

    /** Open for review and merge. */
    @JsonProperty("open")
    OPEN,

    /** Closed without being merged (it can be opened again). */
    @JsonProperty("closed")
    CLOSED,

    /** Merged into its destination branch. */
    @JsonProperty("merged")
    MERGED;

    /** @return how lakeFS spells it */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

}
