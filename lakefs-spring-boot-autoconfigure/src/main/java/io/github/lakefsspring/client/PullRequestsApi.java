package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.PullRequestExchange;
import io.github.lakefsspring.client.http.RequestBodies.PullRequestCreation;
import io.github.lakefsspring.client.http.RequestBodies.PullRequestUpdate;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.PullRequest;
import io.github.lakefsspring.client.model.PullRequestStatus;

/**
 * lakeFS pull request calls: open a proposal to merge one branch into another, list and read them, change their
 * title, description or status, and merge them (an experimental lakeFS API).
 *
 * @since 0.2.0
 */
public final class PullRequestsApi {

    private final PullRequestExchange exchange;

    PullRequestsApi(PullRequestExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * One page of a repository's pull requests.
     * @param status {@code OPEN} for open ones, {@code CLOSED} for closed and merged ones, {@code null} for all
     * @param prefix only ids with this prefix, or {@code null}
     * @param after only ids after this one, or {@code null}
     * @param amount the page size, 1 to 1000
     * @return the page (descriptions are left out by lakeFS)
     */
    public Page<PullRequest> list(String repository, @Nullable PullRequestStatus status, @Nullable String prefix,
            @Nullable String after, int amount) {
        return this.exchange.listPullRequests(repository, statusFilter(status), prefix, after, amount);
    }

    /** How lakeFS spells a listing's status filter; it offers none for merged pull requests alone. */
    static @Nullable String statusFilter(@Nullable PullRequestStatus status) {
        if (status == PullRequestStatus.MERGED) {
            throw new IllegalArgumentException("Pull request status filter MERGED is not one lakeFS offers: it "
                    + "filters by OPEN or CLOSED (which includes merged ones), or lists all with null");
        }
        return (status != null) ? status.wireName() : null;
    }

    /**
     * Opens a pull request.
     * @param title its title
     * @param description its description, or {@code null}
     * @param sourceBranch the branch to merge
     * @param destinationBranch the branch to merge into
     * @return its id
     */
    public String create(String repository, String title, @Nullable String description, String sourceBranch,
            String destinationBranch) {
        return this.exchange
            .createPullRequest(repository, new PullRequestCreation(title, description, sourceBranch, destinationBranch))
            .id();
    }

    /** @return a pull request, with its description */
    public PullRequest get(String repository, String pullRequestId) {
        return this.exchange.getPullRequest(repository, pullRequestId);
    }

    /**
     * Changes a pull request; {@code null} leaves a field as it is. Setting the status to {@code MERGED} marks it
     * merged without merging anything, as lakeFS does; {@link #merge} merges.
     */
    public void update(String repository, String pullRequestId, @Nullable PullRequestStatus status,
            @Nullable String title, @Nullable String description) {
        this.exchange.updatePullRequest(repository, pullRequestId,
                new PullRequestUpdate((status != null) ? status.wireName() : null, title, description));
    }

    /**
     * Merges an open pull request's source branch into its destination branch, with the destination's hooks and
     * protection applying.
     * @return the merge commit id
     * @throws BadRequestException when the pull request is not open, or when there is nothing to merge
     * ({@link NoChangesException})
     */
    public String merge(String repository, String pullRequestId) {
        return this.exchange.mergePullRequest(repository, pullRequestId).reference();
    }

}
