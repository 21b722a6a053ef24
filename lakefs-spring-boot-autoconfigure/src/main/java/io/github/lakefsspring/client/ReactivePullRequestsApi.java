package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ReactivePullRequestExchange;
import io.github.lakefsspring.client.http.RequestBodies.MergeResult;
import io.github.lakefsspring.client.http.RequestBodies.PullRequestCreated;
import io.github.lakefsspring.client.http.RequestBodies.PullRequestCreation;
import io.github.lakefsspring.client.http.RequestBodies.PullRequestUpdate;
import io.github.lakefsspring.client.model.PullRequest;
import io.github.lakefsspring.client.model.PullRequestStatus;

/**
 * Reactive pull request calls, as {@link PullRequestsApi} makes them.
 *
 * @since 0.2.0
 */
public final class ReactivePullRequestsApi {

    private final ReactivePullRequestExchange exchange;

    ReactivePullRequestsApi(ReactivePullRequestExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * @param status {@code OPEN}, {@code CLOSED} (closed and merged ones), or {@code null} for all
     * @return the pull requests, page by page as they are consumed (without descriptions)
     */
    public Flux<PullRequest> list(String repository, @Nullable PullRequestStatus status) {
        String filter = PullRequestsApi.statusFilter(status);
        return ReactivePages.all((after) -> this.exchange.listPullRequests(repository, filter, null, after,
                ReactivePages.PAGE_SIZE));
    }

    /**
     * Opens a pull request (not retried).
     * @return its id
     */
    public Mono<String> create(String repository, String title, @Nullable String description, String sourceBranch,
            String destinationBranch) {
        return this.exchange
            .createPullRequest(repository, new PullRequestCreation(title, description, sourceBranch, destinationBranch))
            .map(PullRequestCreated::id);
    }

    /** @return a pull request, with its description */
    public Mono<PullRequest> get(String repository, String pullRequestId) {
        return this.exchange.getPullRequest(repository, pullRequestId);
    }

    /** @return completes once the pull request is changed; {@code null} leaves a field as it is */
    public Mono<Void> update(String repository, String pullRequestId, @Nullable PullRequestStatus status,
            @Nullable String title, @Nullable String description) {
        return this.exchange.updatePullRequest(repository, pullRequestId,
                new PullRequestUpdate((status != null) ? status.wireName() : null, title, description));
    }

    /** @return the merge commit id of an open pull request, merged through lakeFS (not retried) */
    public Mono<String> merge(String repository, String pullRequestId) {
        return this.exchange.mergePullRequest(repository, pullRequestId).map(MergeResult::reference);
    }

}
