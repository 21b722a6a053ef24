package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The commits a merge would start from.
 *
 * @param sourceCommitId the source's commit
 * @param destinationCommitId the destination's commit
 * @param baseCommitId their merge base
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MergeBase(@JsonProperty("source_commit_id") String sourceCommitId,
        @JsonProperty("destination_commit_id") String destinationCommitId,
        @JsonProperty("base_commit_id") String baseCommitId) {

}
