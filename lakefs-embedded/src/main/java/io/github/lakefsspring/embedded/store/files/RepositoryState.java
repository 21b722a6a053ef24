package io.github.lakefsspring.embedded.store.files;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.BranchProtection;
import io.github.lakefsspring.embedded.store.GcRules;
import io.github.lakefsspring.embedded.store.PullRequest;
import io.github.lakefsspring.embedded.store.Repository;

/**
 * A repository's settings and metadata as the store keeps them. Data written before a setting existed reads it as
 * null.
 */
record RepositoryState(String id, long creationDate, String defaultBranch, String storageNamespace, boolean readOnly,
        TreeMap<String, String> metadata, @Nullable ArrayList<String> protectedBranches, @Nullable GcRules gcRules,
        @Nullable TreeMap<String, PullRequest> pullRequests) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Repository toRepository() {
        return new Repository(this.id, this.creationDate, this.defaultBranch, this.storageNamespace, this.readOnly);
    }

    RepositoryState withMetadata(TreeMap<String, String> metadata) {
        return new RepositoryState(this.id, this.creationDate, this.defaultBranch, this.storageNamespace, this.readOnly,
                metadata, this.protectedBranches, this.gcRules, this.pullRequests);
    }

    RepositoryState withBranchProtection(BranchProtection protection) {
        return new RepositoryState(this.id, this.creationDate, this.defaultBranch, this.storageNamespace, this.readOnly,
                this.metadata, new ArrayList<>(protection.patterns()), this.gcRules, this.pullRequests);
    }

    RepositoryState withGcRules(@Nullable GcRules rules) {
        return new RepositoryState(this.id, this.creationDate, this.defaultBranch, this.storageNamespace, this.readOnly,
                this.metadata, this.protectedBranches, rules, this.pullRequests);
    }

    RepositoryState withPullRequest(PullRequest pullRequest) {
        TreeMap<String, PullRequest> all = (this.pullRequests != null) ? new TreeMap<>(this.pullRequests)
                : new TreeMap<>();
        all.put(pullRequest.id(), pullRequest);
        return new RepositoryState(this.id, this.creationDate, this.defaultBranch, this.storageNamespace, this.readOnly,
                this.metadata, this.protectedBranches, this.gcRules, all);
    }

    TreeMap<String, PullRequest> pullRequestsById() {
        return (this.pullRequests != null) ? this.pullRequests : new TreeMap<>();
    }

    BranchProtection branchProtection() {
        return (this.protectedBranches != null) ? new BranchProtection(this.protectedBranches) : BranchProtection.NONE;
    }

}
