package io.github.lakefsspring.core;

import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.ConflictException;
import io.github.lakefsspring.client.model.Ref;

/**
 * A lakeFS repository, by id. Creating the handle makes no request; {@link #create}, {@link #properties()} and
 * the listing methods call the server.
 *
 * @since 0.1.0
 */
public final class Repository {

    private final CoreSupport support;

    private final String id;

    private volatile io.github.lakefsspring.client.model.@Nullable Repository properties;

    Repository(CoreSupport support, String id) {
        this.support = support;
        this.id = LakeFSNames.requireRepositoryId(id);
    }

    Repository(CoreSupport support, io.github.lakefsspring.client.model.Repository properties) {
        this(support, properties.id());
        this.properties = properties;
    }

    /** @return the repository id */
    public String id() {
        return this.id;
    }

    /**
     * Creates the repository with a {@code main} branch, failing if it exists.
     * @param storageNamespace where its objects go, e.g. {@code s3://bucket/repos/name}
     * @return this handle
     */
    public Repository create(String storageNamespace) {
        return create(storageNamespace, CreateRepositoryOptions.defaults());
    }

    /**
     * Creates the repository. With {@link CreateRepositoryOptions#existOk()}, an existing repository is adopted
     * when its storage namespace is the one asked for, and refused otherwise.
     * @param storageNamespace where its objects go, e.g. {@code s3://bucket/repos/name}
     * @param options the default branch, samples, exist-ok
     * @return this handle
     */
    public Repository create(String storageNamespace, CreateRepositoryOptions options) {
        LakeFSNames.requireStorageNamespace(storageNamespace);
        try {
            this.properties = this.support.client().repositories().create(this.id, storageNamespace,
                    options.defaultBranch(), options.includeSamples(), options.storageId());
        }
        catch (ConflictException ex) {
            if (!options.acceptExisting()) {
                throw ex;
            }
            io.github.lakefsspring.client.model.Repository existing = this.support.client().repositories().get(this.id);
            if (!existing.storageNamespace().equals(storageNamespace)) {
                throw new IllegalStateException("Repository '" + this.id + "' exists with storage namespace '"
                        + existing.storageNamespace() + "', not '" + storageNamespace + "'", ex);
            }
            this.properties = existing;
        }
        return this;
    }

    /**
     * The repository's properties, fetched once and cached by this handle.
     * @return the properties
     */
    public io.github.lakefsspring.client.model.Repository properties() {
        io.github.lakefsspring.client.model.Repository current = this.properties;
        if (current == null) {
            current = this.support.client().repositories().get(this.id);
            this.properties = current;
        }
        return current;
    }

    /** @return the repository's metadata, fetched every time */
    public Map<String, String> metadata() {
        return this.support.client().repositories().metadata(this.id);
    }

    /** @return the repository's branch protection and garbage collection rules (no request) */
    public RepositorySettings settings() {
        return new RepositorySettings(this.support, this.id);
    }

    /** @return the repository's pull requests (no request) */
    public RepositoryPullRequests pullRequests() {
        return new RepositoryPullRequests(this.support, this.id);
    }

    /** Deletes the repository (its objects stay in the storage namespace). */
    public void delete() {
        this.support.client().repositories().delete(this.id);
        this.properties = null;
    }

    /**
     * @param branchId the branch
     * @return a handle on a branch of this repository (no request)
     */
    public Branch branch(String branchId) {
        return new Branch(this.support, this.id, branchId);
    }

    /**
     * @param tagId the tag
     * @return a handle on a tag of this repository (no request)
     */
    public Tag tag(String tagId) {
        return new Tag(this.support, this.id, tagId);
    }

    /**
     * @param ref any ref expression: a branch, tag or commit id, {@code main~2}, {@code v1^}, {@code main@}
     * @return a read-only handle on it (no request)
     */
    public Reference ref(String ref) {
        return new Reference(this.support, this.id, ref);
    }

    /**
     * @param commitId a commit id or unique prefix
     * @return a read-only handle on the commit (no request)
     */
    public Reference commit(String commitId) {
        return ref(commitId);
    }

    /** @return every visible branch, lazily paged */
    public Stream<Branch> branches() {
        return branches(ListOptions.all());
    }

    /**
     * @param options prefix, after, max amount, page size
     * @return the visible branches (hidden transaction branches left out), lazily paged
     */
    public Stream<Branch> branches(ListOptions options) {
        return refs(options, false).map((ref) -> new Branch(this.support, this.id, ref.id()));
    }

    /**
     * @param options prefix, after, max amount, page size
     * @return every branch including hidden ones, lazily paged
     */
    public Stream<Branch> allBranches(ListOptions options) {
        return refs(options, true).map((ref) -> new Branch(this.support, this.id, ref.id()));
    }

    private Stream<Ref> refs(ListOptions options, boolean showHidden) {
        return this.support.paged((after) -> this.support.client().branches().list(this.id, options.prefix(), after,
                options.pageSize(), showHidden), options.after(), options.maxAmount());
    }

    /** @return every tag, lazily paged */
    public Stream<Tag> tags() {
        return tags(ListOptions.all());
    }

    /**
     * @param options prefix, after, max amount, page size
     * @return the tags, lazily paged
     */
    public Stream<Tag> tags(ListOptions options) {
        return this.support.paged((after) -> this.support.client().tags().list(this.id, options.prefix(), after,
                options.pageSize()), options.after(), options.maxAmount())
            .map((ref) -> new Tag(this.support, this.id, ref.id()));
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (other instanceof Repository repository) && repository.id.equals(this.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.id);
    }

    /** @return the repository id */
    @Override
    public String toString() {
        return this.id;
    }

}
