package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ReactiveRefExchange;
import io.github.lakefsspring.client.http.ResponseBodies.MergeResult;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.MergeRequest;

/**
 * Reactive calls on any ref expression (branch, tag, commit id, {@code main~2}): its commit, the log, diffs and
 * merges. Merges are never retried.
 *
 * @since 0.1.0
 */
public final class ReactiveRefsApi {

    private final ReactiveRefExchange exchange;

    ReactiveRefsApi(ReactiveRefExchange exchange) {
        this.exchange = exchange;
    }

    /** @return the commit a ref points to */
    public Mono<Commit> commit(String repository, String ref) {
        return this.exchange.getCommit(repository, ref);
    }

    /** @return the log from a ref, newest first, page by page as it is consumed */
    public Flux<Commit> log(String repository, String ref) {
        return ReactivePages.all((after) -> this.exchange.logCommits(repository, ref, after, ReactivePages.PAGE_SIZE,
                null, null, null, null, null, null));
    }

    /**
     * The changes on {@code rightRef} since its merge base with {@code leftRef} (a three-dot diff).
     * @param prefix only paths that start with it, or {@code null} for all
     * @return the changes, page by page as they are consumed
     */
    public Flux<Change> diff(String repository, String leftRef, String rightRef, @Nullable String prefix) {
        return ReactivePages.all((after) -> this.exchange.diffRefs(repository, leftRef, rightRef, "three_dot", prefix,
                null, after, ReactivePages.PAGE_SIZE));
    }

    /**
     * Merges a ref into a branch.
     * @return the merge commit id; a {@link MergeConflictException} when both sides changed the same paths and no
     * strategy resolves them
     */
    public Mono<String> merge(String repository, String sourceRef, String destinationBranch, MergeRequest request) {
        return this.exchange.mergeIntoBranch(repository, sourceRef, destinationBranch, request)
            .map(MergeResult::reference);
    }

}
