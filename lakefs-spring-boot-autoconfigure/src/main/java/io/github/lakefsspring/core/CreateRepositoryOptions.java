package io.github.lakefsspring.core;

import org.jspecify.annotations.Nullable;

/**
 * How a repository is created.
 *
 * @param defaultBranch the name of its first branch
 * @param includeSamples whether lakeFS fills it with sample data (servers may refuse)
 * @param acceptExisting whether an existing repository of the same id is adopted instead of failing; its storage
 * namespace is then checked against the one asked for
 * @param storageId the storage to use on a server with several, or {@code null} for the default one
 * @since 0.1.0
 */
public record CreateRepositoryOptions(String defaultBranch, boolean includeSamples, boolean acceptExisting,
        @Nullable String storageId) {

    public CreateRepositoryOptions {
        LakeFSNames.requireBranchId(defaultBranch);
    }

    /**
     * A repository with a {@code main} branch and no samples, failing if it exists.
     * @return the default options
     */
    public static CreateRepositoryOptions defaults() {
        return new CreateRepositoryOptions("main", false, false, null);
    }

    /**
     * The defaults, adopting an existing repository of the same id.
     * @return the options
     */
    public static CreateRepositoryOptions existOk() {
        return defaults().withAcceptExisting(true);
    }

    /**
     * Like these options, with another default branch.
     * @param defaultBranch the name of the first branch
     * @return the new options
     */
    public CreateRepositoryOptions withDefaultBranch(String defaultBranch) {
        return new CreateRepositoryOptions(defaultBranch, this.includeSamples, this.acceptExisting, this.storageId);
    }

    /**
     * Like these options, with or without sample data.
     * @param includeSamples whether to ask for sample data
     * @return the new options
     */
    public CreateRepositoryOptions withIncludeSamples(boolean includeSamples) {
        return new CreateRepositoryOptions(this.defaultBranch, includeSamples, this.acceptExisting, this.storageId);
    }

    /**
     * Like these options, adopting an existing repository or not.
     * @param acceptExisting whether an existing repository is adopted
     * @return the new options
     */
    public CreateRepositoryOptions withAcceptExisting(boolean acceptExisting) {
        return new CreateRepositoryOptions(this.defaultBranch, this.includeSamples, acceptExisting, this.storageId);
    }

    /**
     * Like these options, on a given storage.
     * @param storageId the storage id
     * @return the new options
     */
    public CreateRepositoryOptions withStorageId(@Nullable String storageId) {
        return new CreateRepositoryOptions(this.defaultBranch, this.includeSamples, this.acceptExisting, storageId);
    }

}
