package io.github.lakefsspring.embedded.server.api;

import java.util.Map;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.server.actions.ActionsService;
import io.github.lakefsspring.embedded.server.actions.RepositoryEvent;
import io.github.lakefsspring.embedded.store.MergeConflictException;
import io.github.lakefsspring.embedded.store.MergeRequest;
import io.github.lakefsspring.embedded.store.VersionedStore;

/**
 * A merge as lakeFS runs it, wherever it is asked for (a merge call or a pull request): the destination's
 * pre-merge hooks, which may refuse it, then the merge (branch protection applies), then its post-merge hooks.
 */
final class HookedMerges {

    private final VersionedStore store;

    private final ActionsService actions;

    HookedMerges(VersionedStore store, ActionsService actions) {
        this.store = store;
        this.actions = actions;
    }

    /**
     * @return the merge commit id
     * @throws MergeConflictException when both sides changed the same paths and no strategy resolves them
     */
    String merge(String repository, String source, String destination, MergeRequest merge)
            throws MergeConflictException {
        RepositoryEvent event = preMergeEvent(repository, source, destination, merge);
        this.actions.before(event, "update branch " + destination + ": ");
        String reference = this.store.merge(repository, source, destination, merge);
        this.actions.after(event.committed("post-merge", reference));
        return reference;
    }

    private RepositoryEvent preMergeEvent(String repository, String source, String destination, MergeRequest merge) {
        String sourceCommit = this.store.resolve(repository, source).commitId();
        String message = (merge.message() != null && !merge.message().isEmpty()) ? merge.message()
                : "Merge '" + source + "' into '" + destination + "'";
        Map<String, String> metadata = new TreeMap<>(merge.metadata());
        metadata.put(".lakefs.merge.strategy", (merge.strategy() == null || merge.strategy().isEmpty()) ? "default"
                : merge.strategy());
        return new RepositoryEvent("pre-merge", repository, destination, sourceCommit, null, message,
                merge.committer(), metadata, source, null);
    }

}
