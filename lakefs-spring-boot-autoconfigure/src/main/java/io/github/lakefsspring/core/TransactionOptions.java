package io.github.lakefsspring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How a transaction commits and merges.
 *
 * @param commitMessage the transaction commit's message
 * @param commitMetadata the transaction commit's metadata
 * @param tag a tag to create on the merge commit, or {@code null}; an existing tag fails the transaction before
 * anything is merged
 * @param deleteBranchOnError whether a failed transaction deletes its branch ({@code false} keeps it for
 * inspection)
 * @param strategy how the merge resolves conflicting paths, or {@code null} to fail on them
 * @param validators merge gates for this transaction, run after those of the {@link RepositoryTemplate}
 * @param mergeMessage the merge commit's message, or {@code null} for {@code Merge transaction <branch> to branch}
 * @param mergeMetadata the merge commit's metadata
 * @since 0.1.0
 */
public record TransactionOptions(String commitMessage, Map<String, String> commitMetadata, @Nullable String tag,
        boolean deleteBranchOnError, @Nullable MergeStrategy strategy, List<LakeFSMergeValidator> validators,
        @Nullable String mergeMessage, Map<String, String> mergeMetadata) {

    public TransactionOptions {
        commitMetadata = Map.copyOf(commitMetadata);
        validators = List.copyOf(validators);
        mergeMetadata = Map.copyOf(mergeMetadata);
        if (tag != null) {
            LakeFSNames.requireTagId(tag);
        }
    }

    /**
     * @param message the commit message
     * @return a transaction committed with a message, no tag, deleting its branch on error
     */
    public static TransactionOptions commitMessage(String message) {
        return new TransactionOptions(message, Map.of(), null, true, null, List.of(), null, Map.of());
    }

    /**
     * @param metadata the commit metadata
     * @return the new options
     */
    public TransactionOptions withCommitMetadata(Map<String, String> metadata) {
        return new TransactionOptions(this.commitMessage, metadata, this.tag, this.deleteBranchOnError, this.strategy,
                this.validators, this.mergeMessage, this.mergeMetadata);
    }

    /**
     * @param tag the tag to create on the merge commit
     * @return the new options
     */
    public TransactionOptions withTag(@Nullable String tag) {
        return new TransactionOptions(this.commitMessage, this.commitMetadata, tag, this.deleteBranchOnError,
                this.strategy, this.validators, this.mergeMessage, this.mergeMetadata);
    }

    /**
     * @param deleteBranchOnError whether a failed transaction deletes its branch
     * @return the new options
     */
    public TransactionOptions withDeleteBranchOnError(boolean deleteBranchOnError) {
        return new TransactionOptions(this.commitMessage, this.commitMetadata, this.tag, deleteBranchOnError,
                this.strategy, this.validators, this.mergeMessage, this.mergeMetadata);
    }

    /**
     * @param validator a merge gate for this transaction, added to those already set
     * @return the new options
     */
    public TransactionOptions withValidator(LakeFSMergeValidator validator) {
        List<LakeFSMergeValidator> all = new ArrayList<>(this.validators);
        all.add(validator);
        return new TransactionOptions(this.commitMessage, this.commitMetadata, this.tag, this.deleteBranchOnError,
                this.strategy, all, this.mergeMessage, this.mergeMetadata);
    }

    /**
     * @param strategy how the merge resolves conflicting paths
     * @return the new options
     */
    public TransactionOptions withStrategy(@Nullable MergeStrategy strategy) {
        return new TransactionOptions(this.commitMessage, this.commitMetadata, this.tag, this.deleteBranchOnError,
                strategy, this.validators, this.mergeMessage, this.mergeMetadata);
    }

    /**
     * @param message the merge commit's message
     * @param metadata the merge commit's metadata
     * @return the new options
     */
    public TransactionOptions withMerge(String message, Map<String, String> metadata) {
        return new TransactionOptions(this.commitMessage, this.commitMetadata, this.tag, this.deleteBranchOnError,
                this.strategy, this.validators, message, metadata);
    }

}
