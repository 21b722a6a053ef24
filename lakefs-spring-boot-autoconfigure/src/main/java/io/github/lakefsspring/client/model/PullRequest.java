package io.github.lakefsspring.client.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A lakeFS pull request: a proposal to merge a source branch into a destination branch, reviewed and merged
 * through lakeFS (merging runs the destination's pre-merge hooks and respects its protection).
 *
 * @param id the pull request id
 * @param status open, closed or merged
 * @param title its title
 * @param description its description; lakeFS leaves it out of listings, where it is {@code null}
 * @param author who opened it
 * @param sourceBranch the branch to merge
 * @param destinationBranch the branch to merge into
 * @param creationDate when it was opened
 * @param closedDate when it was last closed or merged, or {@code null}
 * @param mergedCommitId the merge commit, once merged through lakeFS
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PullRequest(@JsonProperty("id") String id, @JsonProperty("status") PullRequestStatus status,
        @JsonProperty("title") String title, @JsonProperty("description") @Nullable String description,
        @JsonProperty("author") String author, @JsonProperty("source_branch") String sourceBranch,
        @JsonProperty("destination_branch") String destinationBranch,
        @JsonProperty("creation_date") Instant creationDate,
        @JsonProperty("closed_date") @Nullable Instant closedDate,
        @JsonProperty("merged_commit_id") @Nullable String mergedCommitId) {

}
