package io.github.lakefsspring.client;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RefExchange;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.MergeBase;
import io.github.lakefsspring.client.model.MergeRequest;
import io.github.lakefsspring.client.model.Page;

/**
 * Calls on any ref expression (branch, tag, commit id, {@code main~2}): its commit, the log, diffs and merges.
 * Merges are never retried.
 *
 * @since 0.1.0
 */
public final class RefsApi {

    private final RefExchange exchange;

    RefsApi(RefExchange exchange) {
        this.exchange = exchange;
    }

    /** @return the commit a ref points to */
    public Commit commit(String repository, String ref) {
        return this.exchange.getCommit(repository, ref);
    }

    /** @return one page of the log from a ref, newest first */
    public Page<Commit> log(String repository, String ref, LogQuery query) {
        return this.exchange.logCommits(repository, ref, query.after(), query.amount(),
                query.objects().isEmpty() ? null : query.objects(), query.prefixes().isEmpty() ? null : query.prefixes(),
                query.limit() ? Boolean.TRUE : null, query.firstParent() ? Boolean.TRUE : null, query.since(),
                query.stopAt());
    }

    /**
     * One page of the differences between two refs.
     * @param twoDot a direct comparison instead of the changes on {@code rightRef} since the merge base
     * @return the page
     */
    public Page<Change> diff(String repository, String leftRef, String rightRef, boolean twoDot, @Nullable String prefix,
            @Nullable String delimiter, @Nullable String after, int amount) {
        return this.exchange.diffRefs(repository, leftRef, rightRef, twoDot ? "two_dot" : "three_dot", prefix,
                delimiter, after, amount);
    }

    /**
     * Merges a ref into a branch.
     * @return the merge commit id
     * @throws MergeConflictException when both sides changed the same paths and no strategy resolves them
     */
    public String merge(String repository, String sourceRef, String destinationBranch, MergeRequest request) {
        return this.exchange.mergeIntoBranch(repository, sourceRef, destinationBranch, request).reference();
    }

    /** @return the commits a merge would start from */
    public MergeBase mergeBase(String repository, String sourceRef, String destinationBranch) {
        return this.exchange.findMergeBase(repository, sourceRef, destinationBranch);
    }

    /**
     * A page request of the log and its filters.
     *
     * @param after only commits after this commit id, or {@code null}
     * @param amount the page size, 1 to 1000
     * @param objects only commits that changed one of these paths
     * @param prefixes only commits that changed a path under one of these prefixes
     * @param limit whether to stop at {@code amount} matches
     * @param firstParent whether to follow first parents only
     * @param since only commits at or after this RFC 3339 time, or {@code null}
     * @param stopAt stop at this ref (included), or {@code null}
     */
    public record LogQuery(@Nullable String after, int amount, List<String> objects, List<String> prefixes,
            boolean limit, boolean firstParent, @Nullable String since, @Nullable String stopAt) {

        public LogQuery {
            objects = List.copyOf(objects);
            prefixes = List.copyOf(prefixes);
        }

        /** @return every commit, in pages of {@code amount} */
        public static LogQuery pages(int amount) {
            return new LogQuery(null, amount, List.of(), List.of(), false, false, null, null);
        }

    }

}
