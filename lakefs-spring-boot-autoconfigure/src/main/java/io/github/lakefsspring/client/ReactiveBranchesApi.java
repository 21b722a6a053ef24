package io.github.lakefsspring.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ReactiveBranchExchange;
import io.github.lakefsspring.client.http.RequestBodies.BranchCreation;
import io.github.lakefsspring.client.http.RequestBodies.CommitCreation;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.Ref;

/**
 * Reactive branch calls, commits and uncommitted changes among them.
 *
 * @since 0.1.0
 */
public final class ReactiveBranchesApi {

    private final ReactiveBranchExchange exchange;

    ReactiveBranchesApi(ReactiveBranchExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * Creates a branch from a ref (not retried).
     * @return the id of the commit the new branch points to
     */
    public Mono<String> create(String repository, String name, String source) {
        return this.exchange.createBranch(repository, new BranchCreation(name, source, null)).map(String::strip);
    }

    /** @return the branch and its head commit */
    public Mono<Ref> get(String repository, String branch) {
        return this.exchange.getBranch(repository, branch);
    }

    /** @return every branch, page by page as they are consumed */
    public Flux<Ref> list(String repository) {
        return ReactivePages.all((after) -> this.exchange.listBranches(repository, null, after,
                ReactivePages.PAGE_SIZE, null));
    }

    /** @return completes once the branch is deleted */
    public Mono<Void> delete(String repository, String branch) {
        return this.exchange.deleteBranch(repository, branch);
    }

    /**
     * Commits a branch's uncommitted changes (not retried).
     * @return the new commit; a {@link NoChangesException} when there is nothing to commit
     */
    public Mono<Commit> commit(String repository, String branch, String message, Map<String, String> metadata) {
        return this.exchange.commit(repository, branch, new CommitCreation(message, metadata, null));
    }

    /**
     * @param prefix only paths that start with it, or {@code null} for all
     * @return the branch's uncommitted changes, page by page as they are consumed
     */
    public Flux<Change> uncommitted(String repository, String branch, @Nullable String prefix) {
        return ReactivePages.all((after) -> this.exchange.diffBranch(repository, branch, prefix, null, after,
                ReactivePages.PAGE_SIZE));
    }

}
