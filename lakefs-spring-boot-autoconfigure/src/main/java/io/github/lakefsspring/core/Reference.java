package io.github.lakefsspring.core;

import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.MergeConflictException;
import io.github.lakefsspring.client.RefsApi.LogQuery;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.ObjectStats;

/**
 * Any ref of a repository, read-only: a branch, a tag, a commit id or an expression such as {@code main~2}.
 * Creating the handle makes no request.
 *
 * @since 0.1.0
 */
public class Reference {

    final CoreSupport support;

    private final String repositoryId;

    private final String id;

    private volatile @Nullable Commit commit;

    Reference(CoreSupport support, String repositoryId, String id) {
        this.support = support;
        this.repositoryId = LakeFSNames.requireRepositoryId(repositoryId);
        this.id = LakeFSNames.requireRef(id);
    }

    /** A handle on a commit already read, so that {@link #commit()} needs no request. */
    static Reference of(CoreSupport support, String repositoryId, Commit commit) {
        Reference reference = new Reference(support, repositoryId, commit.id());
        reference.commit = commit;
        return reference;
    }

    /** @return the repository id */
    public String repositoryId() {
        return this.repositoryId;
    }

    /** @return the ref as given */
    public String id() {
        return this.id;
    }

    /** The ref requests use: the transaction branch when this names a branch in an active transaction. */
    String effectiveRef() {
        return BranchRedirects.resolve(this.repositoryId, this.id);
    }

    /**
     * The commit this ref resolves to. Cached for commit ids and tags (which do not move unless deleted); fetched
     * every time for branches.
     * @return the commit
     */
    public Commit commit() {
        Commit current = this.commit;
        if (current == null || !cachesCommit()) {
            current = this.support.client().refs().commit(this.repositoryId, effectiveRef());
            this.commit = current;
        }
        return current;
    }

    boolean cachesCommit() {
        return true;
    }

    void forgetCommit() {
        this.commit = null;
    }

    /** @return the log from this ref, newest first, lazily paged */
    public Stream<Commit> log() {
        return log(LogOptions.all());
    }

    /**
     * @param options max amount, filters, first parent
     * @return the log from this ref, newest first, lazily paged
     */
    public Stream<Commit> log(LogOptions options) {
        String ref = effectiveRef();
        return this.support.paged((after) -> this.support.client().refs().log(this.repositoryId, ref,
                new LogQuery(after, options.pageSize(), options.objects(), options.prefixes(),
                        !options.objects().isEmpty() || !options.prefixes().isEmpty(), options.firstParent(),
                        (options.since() != null) ? options.since().toString() : null, options.stopAt())),
                null, options.maxAmount());
    }

    /**
     * What merging {@code other} into this ref would change (three-dot), lazily paged.
     * @param other the other ref
     * @return the changes
     */
    public Stream<Change> diff(Reference other) {
        return diff(other, DiffOptions.all());
    }

    /**
     * The differences between this ref and another, lazily paged.
     * @param other the other ref
     * @param options two- or three-dot, prefix, delimiter, after, max amount
     * @return the changes
     */
    public Stream<Change> diff(Reference other, DiffOptions options) {
        return diff(other.effectiveRef(), options);
    }

    /**
     * The differences between this ref and another, lazily paged.
     * @param otherRef the other ref
     * @param options two- or three-dot, prefix, delimiter, after, max amount
     * @return the changes
     */
    public Stream<Change> diff(String otherRef, DiffOptions options) {
        LakeFSNames.requireRef(otherRef);
        String ref = effectiveRef();
        return this.support.paged((after) -> this.support.client().refs().diff(this.repositoryId, ref, otherRef,
                options.twoDot(), options.prefix(), options.delimiter(), after, options.pageSize()), options.after(),
                options.maxAmount());
    }

    /** @return every object at this ref, recursively, lazily paged */
    public Stream<ObjectStats> objects() {
        return objects(ObjectListOptions.all());
    }

    /**
     * The objects at this ref, lazily paged. With a delimiter, common prefixes are included as entries whose
     * {@link ObjectStats#isCommonPrefix()} is true.
     * @param options prefix, delimiter, after, max amount
     * @return the objects
     */
    public Stream<ObjectStats> objects(ObjectListOptions options) {
        String ref = effectiveRef();
        return this.support.paged((after) -> this.support.client().objects().list(this.repositoryId, ref,
                options.prefix(), options.delimiter(), after, options.pageSize(), options.userMetadata()),
                options.after(), options.maxAmount());
    }

    /**
     * Merges this ref into a branch with lakeFS's defaults.
     * @param destination the branch to merge into
     * @return a handle on the merge commit (its {@link #id()} is the commit id)
     * @throws LakeFSMergeConflictException when both sides changed the same paths
     */
    public Reference mergeInto(Branch destination) {
        return mergeInto(destination, MergeOptions.defaults());
    }

    /**
     * Merges this ref into a branch.
     * @param destination the branch to merge into
     * @param options message, metadata, strategy, allow empty, squash
     * @return a handle on the merge commit (its {@link #id()} is the commit id)
     * @throws LakeFSMergeConflictException when both sides changed the same paths and no strategy resolves them
     */
    public Reference mergeInto(Branch destination, MergeOptions options) {
        if (!destination.repositoryId().equals(this.repositoryId)) {
            throw new IllegalArgumentException("Cannot merge '" + this.id + "' of repository '" + this.repositoryId
                    + "' into branch '" + destination.id() + "' of repository '" + destination.repositoryId() + "'");
        }
        String source = effectiveRef();
        String target = destination.effectiveRef();
        try {
            String merged = this.support.client().refs().merge(this.repositoryId, source, target, options.toRequest());
            destination.forgetCommit();
            return new Reference(this.support, this.repositoryId, merged);
        }
        catch (MergeConflictException ex) {
            throw new LakeFSMergeConflictException(this.repositoryId, source, target, ex);
        }
    }

    /**
     * @param path the object's path
     * @return a read-only handle on an object at this ref (no request)
     */
    public LakeFSObject object(String path) {
        return new LakeFSObject(this.support, this.repositoryId, this, path);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (other instanceof Reference reference) && reference.getClass() == getClass()
                && reference.repositoryId.equals(this.repositoryId) && reference.id.equals(this.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.repositoryId, this.id);
    }

    /** @return the ref as given */
    @Override
    public String toString() {
        return this.id;
    }

}
