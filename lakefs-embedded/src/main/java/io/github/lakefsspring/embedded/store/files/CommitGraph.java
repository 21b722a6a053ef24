package io.github.lakefsspring.embedded.store.files;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.github.lakefsspring.embedded.store.Commit;
import io.github.lakefsspring.embedded.store.LogQuery;
import io.github.lakefsspring.embedded.store.Page;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.StoreException.Kind;

/**
 * Walks a repository's commit graph: the log with its filters and paging, and merge bases.
 */
final class CommitGraph {

    private final Function<String, CommitState> commits;

    private final TreeStore trees;

    /**
     * @param commits finds a commit of the repository by id
     * @param trees the committed trees, for the log's object and prefix filters
     */
    CommitGraph(Function<String, CommitState> commits, TreeStore trees) {
        this.commits = commits;
        this.trees = trees;
    }

    /**
     * The log from a commit, newest first (by creation time, then commit id, as lakeFS orders it), with lakeFS's
     * paging and filters.
     * @param start the commit the log starts at
     * @param query paging and filters
     * @param isStopAt whether a commit is the {@code stop_at} ref
     * @return one page
     */
    Page<Commit> log(String start, LogQuery query, Predicate<String> isStopAt) {
        PriorityQueue<CommitState> queue = new PriorityQueue<>(Comparator.comparingLong(CommitState::createdAt)
            .thenComparing(CommitState::id)
            .reversed());
        Set<String> seen = new HashSet<>();
        queue.add(this.commits.apply(start));
        seen.add(start);
        boolean afterReached = query.after().isEmpty();
        List<Commit> found = new ArrayList<>();
        boolean filtered = !query.objects().isEmpty() || !query.prefixes().isEmpty();
        while (!queue.isEmpty() && found.size() <= query.amount()) {
            CommitState commit = queue.poll();
            if (isStopAt.test(commit.id())) {
                if (afterReached && included(commit, query, filtered)) {
                    found.add(commit.toCommit());
                }
                break;
            }
            if (query.since() != null && commit.creationDate() < query.since().getEpochSecond()) {
                continue;
            }
            if (afterReached && included(commit, query, filtered)) {
                found.add(commit.toCommit());
                if (query.limit() && found.size() >= query.amount()) {
                    break;
                }
            }
            if (commit.id().equals(query.after())) {
                afterReached = true;
            }
            List<String> parents = commit.parentList();
            for (int i = 0; i < parents.size() && (i == 0 || !query.firstParent()); i++) {
                if (seen.add(parents.get(i))) {
                    queue.add(this.commits.apply(parents.get(i)));
                }
            }
        }
        return Page.of(found, query.amount(), Commit::id);
    }

    /** Whether a commit changed one of the objects or prefixes the log is filtered by. */
    private boolean included(CommitState commit, LogQuery query, boolean filtered) {
        if (!filtered) {
            return true;
        }
        String parentTree = commit.parentList().isEmpty() ? TreeStore.EMPTY
                : this.commits.apply(commit.parentList().get(0)).treeId();
        for (String object : query.objects()) {
            StoredEntry a = this.trees.get(parentTree, object);
            StoredEntry b = this.trees.get(commit.treeId(), object);
            if ((a == null) != (b == null) || (a != null && !a.sameAs(b))) {
                return true;
            }
        }
        for (String prefix : query.prefixes()) {
            SortedZip zip = new SortedZip(List.of(this.trees.entries(parentTree, prefix),
                    this.trees.entries(commit.treeId(), prefix)));
            while (zip.hasNext()) {
                SortedZip.Row row = zip.next();
                if (!row.key().startsWith(prefix)) {
                    break;
                }
                StoredEntry a = row.get(0);
                StoredEntry b = row.get(1);
                if (a == null || b == null || !a.sameAs(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The merge base of two commits as lakeFS finds it: the first ancestor of {@code b}, by generation, that is
     * also an ancestor of {@code a}.
     * @param a one commit
     * @param b the other
     * @return the merge base's id
     */
    String mergeBase(String a, String b) {
        Set<String> ancestorsOfA = new HashSet<>();
        ArrayDeque<String> pending = new ArrayDeque<>(List.of(a));
        while (!pending.isEmpty()) {
            String id = pending.poll();
            if (ancestorsOfA.add(id)) {
                pending.addAll(this.commits.apply(id).parentList());
            }
        }
        PriorityQueue<CommitState> queue = new PriorityQueue<>(
                Comparator.comparingLong(CommitState::generation).reversed());
        Set<String> seen = new HashSet<>();
        queue.add(this.commits.apply(b));
        while (!queue.isEmpty()) {
            CommitState commit = queue.poll();
            if (ancestorsOfA.contains(commit.id())) {
                return commit.id();
            }
            for (String parent : commit.parentList()) {
                if (seen.add(parent)) {
                    queue.add(this.commits.apply(parent));
                }
            }
        }
        throw new StoreException(Kind.NOT_FOUND, "no merge base found");
    }

}
