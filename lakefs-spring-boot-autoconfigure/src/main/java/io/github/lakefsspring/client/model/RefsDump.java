package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a dump of a repository's refs (its commits, branches and tags) was written: the ids of three meta-ranges
 * in its storage namespace, which a restore reads back.
 *
 * @param commitsMetaRangeId the commits
 * @param tagsMetaRangeId the tags
 * @param branchesMetaRangeId the branches
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefsDump(@JsonProperty("commits_meta_range_id") String commitsMetaRangeId,
        @JsonProperty("tags_meta_range_id") String tagsMetaRangeId,
        @JsonProperty("branches_meta_range_id") String branchesMetaRangeId) {

}
