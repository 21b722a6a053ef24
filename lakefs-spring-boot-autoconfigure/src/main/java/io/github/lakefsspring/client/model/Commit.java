package io.github.lakefsspring.client.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A lakeFS commit.
 *
 * @param id the commit id (64 hex digits)
 * @param parents the parent commit ids: none for the first commit, two for a merge
 * @param committer who made it
 * @param message its message
 * @param creationDate when it was made, in Unix seconds
 * @param metaRangeId the id of its tree
 * @param metadata its metadata
 * @param generation its distance from the first commit, plus one
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Commit(@JsonProperty("id") String id, @JsonProperty("parents") List<String> parents,
        @JsonProperty("committer") String committer, @JsonProperty("message") String message,
        @JsonProperty("creation_date") long creationDate, @JsonProperty("meta_range_id") String metaRangeId,
        @JsonProperty("metadata") Map<String, String> metadata, @JsonProperty("generation") long generation) {

    public Commit {
        parents = (parents != null) ? List.copyOf(parents) : List.of();
        metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
        committer = (committer != null) ? committer : "";
        message = (message != null) ? message : "";
        metaRangeId = (metaRangeId != null) ? metaRangeId : "";
    }

    /** @return when it was made */
    public Instant createdAt() {
        return Instant.ofEpochSecond(this.creationDate);
    }

}
