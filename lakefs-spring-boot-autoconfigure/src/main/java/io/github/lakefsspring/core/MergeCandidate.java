package io.github.lakefsspring.core;

import java.util.stream.Stream;

import io.github.lakefsspring.client.model.Change;

/**
 * A transaction's changes as a {@link LakeFSMergeValidator} sees them: committed on the transaction branch, not yet
 * merged into the source branch.
 *
 * @since 0.1.0
 */
public final class MergeCandidate {

    private final Reference commit;

    private final Branch transactionBranch;

    private final String sourceBranch;

    MergeCandidate(Reference commit, Branch transactionBranch, String sourceBranch) {
        this.commit = commit;
        this.transactionBranch = transactionBranch;
        this.sourceBranch = sourceBranch;
    }

    /** @return the repository */
    public String repositoryId() {
        return this.transactionBranch.repositoryId();
    }

    /** @return the branch the changes would be merged into */
    public String sourceBranch() {
        return this.sourceBranch;
    }

    /** @return the transaction branch, where the changed objects can be read ({@code object(path)}) */
    public Branch transactionBranch() {
        return this.transactionBranch;
    }

    /** @return the transaction's commit */
    public Reference commit() {
        return this.commit;
    }

    /** @return what the transaction changed relative to the source branch, lazily paged */
    public Stream<Change> changes() {
        return new Reference(this.commit.support, repositoryId(), this.sourceBranch).diff(this.transactionBranch);
    }

    @Override
    public String toString() {
        return "MergeCandidate[" + repositoryId() + ": " + this.transactionBranch.id() + " -> " + this.sourceBranch
                + "]";
    }

}
