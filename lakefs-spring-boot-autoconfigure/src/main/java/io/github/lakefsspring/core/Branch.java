package io.github.lakefsspring.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.lakefsspring.client.ConflictException;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.ObjectError;

/**
 * A branch of a repository: everything a {@link Reference} does, plus writes, commits, resets, reverts,
 * cherry-picks, imports and transactions. Creating the handle makes no request. While a transaction is active
 * for this branch on the current thread, every operation goes to the transaction's branch
 * ({@link BranchRedirects}).
 *
 * @since 0.1.0
 */
public class Branch extends Reference {

    /** The most paths lakeFS deletes in one call. */
    public static final int DELETE_BATCH_SIZE = 1000;

    Branch(CoreSupport support, String repositoryId, String id) {
        super(support, repositoryId, LakeFSNames.requireBranchId(id));
    }

    @Override
    boolean cachesCommit() {
        return false;
    }

    /**
     * Creates the branch from a source ref's committed state, failing if it exists.
     * @param source the ref to branch from
     * @return this handle
     */
    public Branch create(String source) {
        return create(source, false);
    }

    /**
     * Creates the branch from a source ref's committed state.
     * @param source the ref to branch from
     * @param existOk whether an existing branch of this name is fine
     * @return this handle
     */
    public Branch create(String source, boolean existOk) {
        LakeFSNames.requireRef(source);
        try {
            this.support.client().branches().create(repositoryId(), id(), BranchRedirects.resolve(repositoryId(), source),
                    false);
        }
        catch (ConflictException ex) {
            if (!existOk) {
                throw ex;
            }
        }
        return this;
    }

    /**
     * Creates the branch from another branch's committed state.
     * @param source the branch to branch from
     * @param existOk whether an existing branch of this name is fine
     * @return this handle
     */
    public Branch create(Reference source, boolean existOk) {
        return create(source.id(), existOk);
    }

    /** @return a handle on the branch's current head commit */
    public Reference head() {
        return new Reference(this.support, repositoryId(), commit().id());
    }

    /**
     * Commits the branch's uncommitted changes.
     * @param message the commit message
     * @return a handle on the new commit
     * @throws io.github.lakefsspring.client.NoChangesException when there is nothing to commit
     */
    public Reference commit(String message) {
        return commit(message, Map.of());
    }

    /**
     * Commits the branch's uncommitted changes.
     * @param message the commit message
     * @param metadata the commit metadata
     * @return a handle on the new commit
     * @throws io.github.lakefsspring.client.NoChangesException when there is nothing to commit
     */
    public Reference commit(String message, Map<String, String> metadata) {
        return commit(message, metadata, false);
    }

    /**
     * Commits the branch's uncommitted changes.
     * @param message the commit message
     * @param metadata the commit metadata
     * @param allowEmpty whether to commit even without changes
     * @return a handle on the new commit
     */
    public Reference commit(String message, Map<String, String> metadata, boolean allowEmpty) {
        Commit commit = this.support.client().branches().commit(repositoryId(), effectiveRef(), message, metadata,
                allowEmpty);
        return Reference.of(this.support, repositoryId(), commit);
    }

    /** Deletes the branch. */
    public void delete() {
        this.support.client().branches().delete(repositoryId(), effectiveRef());
    }

    /**
     * Commits the reverse of a commit. For a merge commit, {@code parentNumber} (1-based) names the parent whose
     * side is kept; for other commits it must be 0.
     * @param ref the commit to revert
     * @param parentNumber 0, or for a merge commit the 1-based parent
     * @return a handle on the revert commit
     */
    public Reference revert(String ref, int parentNumber) {
        LakeFSNames.requireRef(ref);
        if (parentNumber < 0) {
            throw new IllegalArgumentException("Parent number " + parentNumber + " is invalid: it must be 0, or the "
                    + "1-based parent of a merge commit");
        }
        this.support.client().branches().revert(repositoryId(), effectiveRef(), ref, parentNumber);
        return Reference.of(this.support, repositoryId(), commit());
    }

    /**
     * Applies a commit's changes to this branch as a new commit, recording {@code cherry-pick-origin}.
     * @param ref the commit to pick
     * @return a handle on the new commit
     */
    public Reference cherryPick(String ref) {
        LakeFSNames.requireRef(ref);
        return Reference.of(this.support, repositoryId(),
                this.support.client().branches().cherryPick(repositoryId(), effectiveRef(), ref, null));
    }

    /**
     * Applies a merge commit's changes relative to one of its parents.
     * @param ref the merge commit to pick
     * @param parentNumber the 1-based parent to diff against
     * @return a handle on the new commit
     */
    public Reference cherryPick(String ref, int parentNumber) {
        if (parentNumber < 1) {
            throw new IllegalArgumentException("Parent number " + parentNumber + " is invalid: it must be 1 or more");
        }
        return Reference.of(this.support, repositoryId(), this.support.client().branches().cherryPick(repositoryId(),
                effectiveRef(), LakeFSNames.requireRef(ref), parentNumber));
    }

    /** Discards every uncommitted change on the branch. */
    public void resetChanges() {
        this.support.client().branches().reset(repositoryId(), effectiveRef(), "reset", null);
    }

    /**
     * Discards the uncommitted change to one object.
     * @param path the object's path
     */
    public void resetObject(String path) {
        this.support.client().branches().reset(repositoryId(), effectiveRef(), "object", LakeFSNames.requirePath(path));
    }

    /**
     * Discards the uncommitted changes under a prefix.
     * @param prefix the prefix
     */
    public void resetPrefix(String prefix) {
        this.support.client().branches().reset(repositoryId(), effectiveRef(), "common_prefix",
                LakeFSNames.requirePath(prefix));
    }

    /**
     * Points the branch at another commit; as in lakeFS, its uncommitted changes stay staged.
     * @param ref the ref to point at
     */
    public void hardReset(String ref) {
        this.support.client().branches().hardReset(repositoryId(), effectiveRef(), LakeFSNames.requireRef(ref));
    }

    /** @return the branch's uncommitted changes, lazily paged */
    public Stream<Change> uncommitted() {
        return uncommitted(DiffOptions.all());
    }

    /**
     * @param options prefix, delimiter, after, max amount
     * @return the branch's uncommitted changes, lazily paged
     */
    public Stream<Change> uncommitted(DiffOptions options) {
        String branch = effectiveRef();
        return this.support.paged((after) -> this.support.client().branches().uncommitted(repositoryId(), branch,
                options.prefix(), options.delimiter(), after, options.pageSize()), options.after(), options.maxAmount());
    }

    /**
     * Deletes any number of objects, {@value #DELETE_BATCH_SIZE} per request. Paths that do not exist are not an
     * error (as in lakeFS); paths lakeFS refuses are reported together, after every batch was tried.
     * @param paths the paths
     * @throws ObjectDeletionException naming every path lakeFS refused
     */
    public void deleteObjects(Collection<String> paths) {
        List<String> batch = new ArrayList<>(Math.min(paths.size(), DELETE_BATCH_SIZE));
        paths.forEach(LakeFSNames::requirePath);
        List<ObjectError> errors = new ArrayList<>();
        String branch = effectiveRef();
        for (String path : paths) {
            batch.add(path);
            if (batch.size() == DELETE_BATCH_SIZE) {
                errors.addAll(this.support.client().objects().delete(repositoryId(), branch, List.copyOf(batch)));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            errors.addAll(this.support.client().objects().delete(repositoryId(), branch, batch));
        }
        if (!errors.isEmpty()) {
            throw new ObjectDeletionException(repositoryId(), id(), errors);
        }
    }

    /**
     * @param path the object's path
     * @return a handle on an object of this branch that can be written (no request)
     */
    @Override
    public WritableObject object(String path) {
        return new WritableObject(this.support, repositoryId(), this, path);
    }

    /**
     * Prepares an import onto this branch; add sources, then {@link ImportManager#run()} or
     * {@link ImportManager#start()}.
     * @param commitMessage the import commit's message
     * @return the import
     */
    public ImportManager importData(String commitMessage) {
        return importData(commitMessage, Map.of());
    }

    /**
     * Prepares an import onto this branch.
     * @param commitMessage the import commit's message
     * @param metadata the import commit's metadata
     * @return the import
     */
    public ImportManager importData(String commitMessage, Map<String, String> metadata) {
        return new ImportManager(this.support.client(), repositoryId(), effectiveRef(), commitMessage, metadata);
    }

    /**
     * Runs changes as a transaction: on a hidden {@code tx-<time>-<uuid>} branch created from this branch's head,
     * committed and merged back when {@code work} returns, thrown away when it throws. While {@code work} runs,
     * operations on this branch from the current thread go to the transaction branch.
     * @param options commit message, metadata, tag, whether a failed transaction's branch is kept
     * @param work the changes; its argument is the transaction branch
     * @return what happened
     */
    public TransactionResult transact(TransactionOptions options, Consumer<Branch> work) {
        return new BranchTransaction(this.support, repositoryId(), effectiveRef(), options).run(work);
    }

    /**
     * A transaction on this branch itself (ignoring any transaction active for it on this thread), not yet begun:
     * for frameworks that drive the steps, such as {@code @LakeFSTransactional}.
     * @param options commit message, metadata, tag, whether a failed transaction's branch is kept
     * @return the transaction; call {@link BranchTransaction#begin()} first
     */
    public BranchTransaction newTransaction(TransactionOptions options) {
        return new BranchTransaction(this.support, repositoryId(), id(), options);
    }

    /**
     * A transaction into this branch whose branch already exists and was named by the caller, for units of work
     * that outlive a thread or a process (a Spring Batch job that commits after each step and may be restarted).
     * Nothing is redirected: the caller writes to the transaction branch itself. {@link BranchTransaction#complete()}
     * commits what is left, asks the merge validators and merges every commit of the transaction branch;
     * {@link BranchTransaction#rollback()} deletes the branch unless the options keep it.
     * @param transactionBranch the existing branch holding the changes
     * @param options commit and merge messages and metadata, tag, validators, strategy
     * @return the transaction, already begun
     */
    public BranchTransaction resumeTransaction(String transactionBranch, TransactionOptions options) {
        LakeFSNames.requireBranchId(transactionBranch);
        return new BranchTransaction(this.support, repositoryId(), id(), transactionBranch, options);
    }

}
