package io.github.lakefsspring.core;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.PullRequest;
import io.github.lakefsspring.client.model.PullRequestStatus;

/**
 * A repository's pull requests: proposals to merge one branch into another that are reviewed, then merged
 * through lakeFS (the destination's pre-merge hooks run and its protection applies) or closed. Obtained from
 * {@link Repository#pullRequests()}; every method calls the server. lakeFS marks this API experimental.
 *
 * <pre>{@code
 * RepositoryPullRequests pulls = repositories.repository("sales").pullRequests();
 * String id = pulls.open("Load December", "nightly", "main");
 * Reference merge = pulls.merge(id);
 * }</pre>
 *
 * @since 0.2.0
 */
public final class RepositoryPullRequests {

    private final CoreSupport support;

    private final String repository;

    RepositoryPullRequests(CoreSupport support, String repository) {
        this.support = support;
        this.repository = repository;
    }

    /**
     * Opens a pull request without a description.
     * @return its id
     */
    public String open(String title, String sourceBranch, String destinationBranch) {
        return open(title, null, sourceBranch, destinationBranch);
    }

    /**
     * Opens a pull request.
     * @param title its title
     * @param description its description, or {@code null}
     * @param sourceBranch the branch to merge
     * @param destinationBranch the branch to merge into
     * @return its id
     */
    public String open(String title, @Nullable String description, String sourceBranch, String destinationBranch) {
        LakeFSNames.requireBranchId(sourceBranch);
        LakeFSNames.requireBranchId(destinationBranch);
        if (sourceBranch.equals(destinationBranch)) {
            throw new IllegalArgumentException("Pull request source and destination are both branch '" + sourceBranch
                    + "': a pull request merges one branch into another");
        }
        return this.support.client()
            .pullRequests()
            .create(this.repository, title, description, sourceBranch, destinationBranch);
    }

    /** @return a pull request, with its description */
    public PullRequest get(String id) {
        return this.support.client().pullRequests().get(this.repository, id);
    }

    /** @return every pull request, lazily paged (without descriptions: lakeFS leaves them out of listings) */
    public Stream<PullRequest> list() {
        return list(null, ListOptions.all());
    }

    /**
     * @param status {@code OPEN}, {@code CLOSED} (closed and merged ones), or {@code null} for all
     * @param options prefix, after, max amount, page size
     * @return the pull requests, lazily paged (without descriptions)
     */
    public Stream<PullRequest> list(@Nullable PullRequestStatus status, ListOptions options) {
        return this.support.paged((after) -> this.support.client().pullRequests().list(this.repository, status,
                options.prefix(), after, options.pageSize()), options.after(), options.maxAmount());
    }

    /**
     * Merges an open pull request.
     * @return the merge commit
     * @throws io.github.lakefsspring.client.BadRequestException when it is not open
     * @throws io.github.lakefsspring.client.PreconditionFailedException when a pre-merge hook refuses it
     */
    public Reference merge(String id) {
        String commit = this.support.client().pullRequests().merge(this.repository, id);
        return new Reference(this.support, this.repository, commit);
    }

    /** Closes a pull request without merging it. */
    public void close(String id) {
        this.support.client().pullRequests().update(this.repository, id, PullRequestStatus.CLOSED, null, null);
    }

    /** Opens a closed pull request again. */
    public void reopen(String id) {
        this.support.client().pullRequests().update(this.repository, id, PullRequestStatus.OPEN, null, null);
    }

    /**
     * Changes a pull request's title or description; {@code null} keeps one as it is.
     */
    public void edit(String id, @Nullable String title, @Nullable String description) {
        this.support.client().pullRequests().update(this.repository, id, null, title, description);
    }

    @Override
    public String toString() {
        return "RepositoryPullRequests[" + this.repository + "]";
    }

}
