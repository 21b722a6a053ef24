package io.github.lakefsspring.embedded.store;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A pull request as the store keeps it: a proposal to merge one branch into another, open, closed or merged.
 *
 * @param id its id (lakeFS's 20-character form)
 * @param status {@code open}, {@code closed} or {@code merged}
 * @param title its title
 * @param description its description
 * @param author who opened it
 * @param sourceBranch the branch to merge
 * @param destinationBranch the branch to merge into
 * @param creationDate when it was opened
 * @param closedDate when it was last closed or merged
 * @param mergedCommitId the merge commit, once merged
 */
public record PullRequest(String id, String status, String title, String description, String author,
        String sourceBranch, String destinationBranch, Instant creationDate, @Nullable Instant closedDate,
        @Nullable String mergedCommitId) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * @param status the new status; closing or merging stamps the closed date, reopening keeps it
     * @param title the new title, or null to keep it
     * @param description the new description, or null to keep it
     * @param now the time
     * @return the changed pull request
     */
    public PullRequest update(@Nullable String status, @Nullable String title, @Nullable String description,
            Instant now) {
        String newStatus = (status != null) ? status : this.status;
        Instant closed = (status != null && !status.equals("open")) ? now : this.closedDate;
        return new PullRequest(this.id, newStatus, (title != null) ? title : this.title,
                (description != null) ? description : this.description, this.author, this.sourceBranch,
                this.destinationBranch, this.creationDate, closed, this.mergedCommitId);
    }

    /**
     * @param commitId the merge commit
     * @param now the time
     * @return the pull request, merged
     */
    public PullRequest merged(String commitId, Instant now) {
        return new PullRequest(this.id, "merged", this.title, this.description, this.author, this.sourceBranch,
                this.destinationBranch, this.creationDate, now, commitId);
    }

}
