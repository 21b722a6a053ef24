package io.github.lakefsspring.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.MergeBase;
import io.github.lakefsspring.client.model.MergeRequest;
import io.github.lakefsspring.client.model.Page;

/**
 * Calls on any ref expression: get a commit, the log, diffs and merges.
 *
 * @since 0.1.0
 */
public final class RefsApi {

    private static final String REFS = "/repositories/{repository}/refs";

    private static final Operation GET_COMMIT = Operation.get("getCommit", "/repositories/{repository}/commits/{ref}");

    private static final Operation LOG = Operation.get("logCommits", REFS + "/{ref}/commits");

    private static final Operation DIFF = Operation.get("diffRefs", REFS + "/{leftRef}/diff/{rightRef}");

    private static final Operation MERGE = Operation.post("mergeIntoBranch",
            REFS + "/{sourceRef}/merge/{destinationBranch}", false);

    private static final Operation MERGE_BASE = Operation.get("findMergeBase",
            REFS + "/{sourceRef}/merge/{destinationBranch}");

    private final LakeFSHttp http;

    RefsApi(LakeFSHttp http) {
        this.http = http;
    }

    /**
     * @param repository the repository id
     * @param ref any ref expression
     * @return the commit it resolves to
     */
    public Commit commit(String repository, String ref) {
        return this.http.call(GET_COMMIT).path("repository", repository).path("ref", ref).retrieve(Commit.class);
    }

    /**
     * One page of the log, newest first.
     * @param repository the repository id
     * @param ref where the log starts
     * @param query what to include
     * @return the page
     */
    public Page<Commit> log(String repository, String ref, LogQuery query) {
        return this.http.call(LOG)
            .path("repository", repository)
            .path("ref", ref)
            .query("after", query.after())
            .query("amount", query.amount())
            .queries("objects", query.objects())
            .queries("prefixes", query.prefixes())
            .query("limit", query.limit() ? "true" : null)
            .query("first_parent", query.firstParent() ? "true" : null)
            .query("since", query.since())
            .query("stop_at", query.stopAt())
            .retrieve(new TypeReference<Page<Commit>>() {
            });
    }

    /**
     * One page of the differences between two refs.
     * @param repository the repository id
     * @param leftRef the ref compared from
     * @param rightRef the ref compared to
     * @param twoDot whether to compare the two refs directly rather than from their merge base (three-dot)
     * @param prefix only paths starting with it, or {@code null}
     * @param delimiter groups paths into common prefixes at it, or {@code null}
     * @param after only paths after it, or {@code null}
     * @param amount the page size, 1 to 1000
     * @return the page
     */
    public Page<Change> diff(String repository, String leftRef, String rightRef, boolean twoDot, @Nullable String prefix,
            @Nullable String delimiter, @Nullable String after, int amount) {
        return this.http.call(DIFF)
            .path("repository", repository)
            .path("leftRef", leftRef)
            .path("rightRef", rightRef)
            .query("type", twoDot ? "two_dot" : "three_dot")
            .query("prefix", prefix)
            .query("delimiter", delimiter)
            .query("after", after)
            .query("amount", amount)
            .retrieve(new TypeReference<Page<Change>>() {
            });
    }

    /**
     * Merges a ref into a branch.
     * @param repository the repository id
     * @param sourceRef what to merge
     * @param destinationBranch where to merge it
     * @param request how
     * @return the merge commit id
     * @throws MergeConflictException when both sides changed the same paths and no strategy resolves them
     */
    public String merge(String repository, String sourceRef, String destinationBranch, MergeRequest request) {
        Map<String, String> answer = this.http.call(MERGE)
            .path("repository", repository)
            .path("sourceRef", sourceRef)
            .path("destinationBranch", destinationBranch)
            .json(request)
            .retrieve(new TypeReference<Map<String, String>>() {
            });
        return answer.getOrDefault("reference", "");
    }

    /**
     * @param repository the repository id
     * @param sourceRef the source
     * @param destinationBranch the destination
     * @return the commits a merge would start from
     */
    public MergeBase mergeBase(String repository, String sourceRef, String destinationBranch) {
        return this.http.call(MERGE_BASE)
            .path("repository", repository)
            .path("sourceRef", sourceRef)
            .path("destinationBranch", destinationBranch)
            .retrieve(MergeBase.class);
    }

    /**
     * What a log includes.
     *
     * @param after start after this commit id, or {@code null}
     * @param amount the page size, 1 to 1000
     * @param objects only commits that changed one of these objects
     * @param prefixes only commits that changed something under one of these prefixes
     * @param limit whether to stop at {@code amount} results even when filtering
     * @param firstParent whether to follow first parents only
     * @param since only commits made at or after this RFC 3339 time, or {@code null}
     * @param stopAt stop at this ref, or {@code null}
     */
    public record LogQuery(@Nullable String after, int amount, List<String> objects, List<String> prefixes,
            boolean limit, boolean firstParent, @Nullable String since, @Nullable String stopAt) {

        public LogQuery {
            objects = List.copyOf(objects);
            prefixes = List.copyOf(prefixes);
        }

        /**
         * The whole log in pages of a given size.
         * @param amount the page size
         * @return the query
         */
        public static LogQuery pages(int amount) {
            return new LogQuery(null, amount, List.of(), List.of(), false, false, null, null);
        }

    }

}
