package io.github.lakefsspring.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.MergeConflictException;
import io.github.lakefsspring.client.PreconditionFailedException;
import io.github.lakefsspring.client.NoChangesException;
import io.github.lakefsspring.client.NotFoundException;
import io.github.lakefsspring.client.model.MergeRequest;
import io.github.lakefsspring.core.LakeFSTransactionException.Step;

/**
 * One transaction on a branch, step by step: {@link #begin()} creates the hidden {@code tx-<time>-<uuid>} branch
 * and redirects the source branch to it on the current thread; {@link #complete()} commits, asks the merge
 * validators, checks the tag, merges, tags and deletes the branch (four calls for a transaction with changes and
 * no validators, three for an empty one); {@link #rollback()} deletes the branch. Commits made on the transaction
 * branch before {@link #complete()} are merged with the rest. Used by {@link Branch#transact}, by
 * {@code @LakeFSTransactional}, and, on a branch that outlives the thread ({@link Branch#resumeTransaction}), by
 * the Spring Batch integration.
 *
 * @since 0.1.0
 */
public final class BranchTransaction {

    private static final Log logger = LogFactory.getLog(BranchTransaction.class);

    private final CoreSupport support;

    private final String repository;

    private final String sourceBranch;

    private final TransactionOptions options;

    private final String transactionBranch;

    private final List<LakeFSMergeValidator> validators = new ArrayList<>();

    private BranchRedirects.@Nullable Scope scope;

    BranchTransaction(CoreSupport support, String repository, String sourceBranch, TransactionOptions options) {
        this(support, repository, sourceBranch, TransactionBranches.newName(Instant.now()), options);
    }

    BranchTransaction(CoreSupport support, String repository, String sourceBranch, String transactionBranch,
            TransactionOptions options) {
        this.support = support;
        this.transactionBranch = transactionBranch;
        this.repository = repository;
        this.sourceBranch = sourceBranch;
        this.options = options;
        this.validators.addAll(support.mergeValidators());
        this.validators.addAll(options.validators());
    }

    /**
     * Adds a merge gate to this transaction only, run after the others (for frameworks, such as a transaction
     * synchronization's veto).
     * @param validator the gate
     */
    public void addValidator(LakeFSMergeValidator validator) {
        this.validators.add(validator);
    }

    /** @return the transaction branch's name */
    public String transactionBranch() {
        return this.transactionBranch;
    }

    /** @return the branch the transaction merges into */
    public String sourceBranch() {
        return this.sourceBranch;
    }

    /** @return a handle on the transaction branch */
    public Branch branch() {
        return new Branch(this.support, this.repository, this.transactionBranch);
    }

    /**
     * Creates the transaction branch from the source branch's head and redirects the source branch to it on this
     * thread.
     */
    public void begin() {
        try {
            client().branches().create(this.repository, this.transactionBranch, this.sourceBranch, true);
        }
        catch (RuntimeException ex) {
            throw new LakeFSTransactionException(Step.BEGIN, this.transactionBranch, "Cannot begin a transaction on "
                    + "branch '" + this.sourceBranch + "' of repository '" + this.repository + "': " + ex.getMessage(),
                    ex);
        }
        TransactionBranches.started(this.repository, this.transactionBranch);
        this.scope = BranchRedirects.open(
                new BranchRedirects.Redirect(this.repository, this.sourceBranch, this.transactionBranch));
    }

    /**
     * Ends the redirect, then commits and merges the transaction into the source branch (nothing when it changed
     * nothing), creates the tag, and deletes the transaction branch.
     * @return what happened
     * @throws LakeFSTransactionException naming the failed step; the branch is deleted unless kept on error
     */
    public TransactionResult complete() {
        try {
            return commitAndMerge();
        }
        finally {
            TransactionBranches.ended(this.repository, this.transactionBranch);
        }
    }

    private TransactionResult commitAndMerge() {
        endRedirect();
        String commitId;
        try {
            commitId = client().branches().commit(this.repository, this.transactionBranch, this.options.commitMessage(),
                    this.options.commitMetadata(), false).id();
        }
        catch (NoChangesException ex) {
            commitId = committedEarlier();
            if (commitId == null) {
                deleteBranch();
                return new TransactionResult(this.transactionBranch, null, null);
            }
        }
        catch (RuntimeException ex) {
            throw failed(Step.COMMIT, "committing it failed; branch '" + this.sourceBranch + "' is unchanged", ex);
        }
        validate(commitId);
        String tag = this.options.tag();
        if (tag != null) {
            requireTagAbsent(tag);
        }
        String mergeCommitId;
        try {
            mergeCommitId = client().refs().merge(this.repository, this.transactionBranch, this.sourceBranch,
                    new MergeRequest(mergeMessage(), this.options.mergeMetadata(), (this.options.strategy() != null)
                                    ? this.options.strategy().wireName() : null, false, false, false));
        }
        catch (MergeConflictException ex) {
            String head = client().branches().get(this.repository, this.sourceBranch).commitId();
            cleanUpAfterFailure();
            throw new LakeFSTransactionConflictException(this.transactionBranch, this.sourceBranch, head, ex);
        }
        catch (PreconditionFailedException ex) {
            HookRefusals.HookRefusal refusal = HookRefusals.of(client(), this.repository, ex).orElse(null);
            if (refusal == null) {
                throw failed(Step.MERGE, "merging it failed: " + ex.getMessage() + "; branch '" + this.sourceBranch
                        + "' is unchanged", ex);
            }
            cleanUpAfterFailure();
            throw new LakeFSMergeRejectedException(Step.MERGE, this.transactionBranch, "Transaction "
                    + this.transactionBranch + " on branch '" + this.sourceBranch + "' of repository '"
                    + this.repository + "' was rejected by lakeFS hook '" + refusal.hookId() + "' of action '"
                    + refusal.action() + "': " + refusal.reason() + "; branch '" + this.sourceBranch + "' is unchanged"
                    + kept(), refusal.hookId(), refusal.reason());
        }
        catch (RuntimeException ex) {
            throw failed(Step.MERGE, "merging it failed: " + ex.getMessage() + ". If the merge reached lakeFS, branch '"
                    + this.sourceBranch + "' has a commit '" + mergeMessage() + "'; otherwise it is unchanged. Check its "
                    + "log before retrying", ex);
        }
        if (tag != null) {
            try {
                client().tags().create(this.repository, tag, mergeCommitId);
            }
            catch (RuntimeException ex) {
                throw failed(Step.TAG, "the merge " + mergeCommitId + " landed on '" + this.sourceBranch
                        + "' but creating tag '" + tag + "' failed", ex);
            }
        }
        deleteBranch();
        return new TransactionResult(this.transactionBranch, commitId, mergeCommitId);
    }

    /**
     * The head of the transaction branch when commits made on it before {@link #complete()} differ from the source
     * branch.
     */
    private @Nullable String committedEarlier() {
        try {
            if (client().refs().diff(this.repository, this.sourceBranch, this.transactionBranch, false, null, null,
                    null, 1).results().isEmpty()) {
                return null;
            }
            return client().branches().get(this.repository, this.transactionBranch).commitId();
        }
        catch (RuntimeException ex) {
            throw failed(Step.COMMIT, "comparing it with the branch failed; branch '" + this.sourceBranch
                    + "' is unchanged", ex);
        }
    }

    private String mergeMessage() {
        String message = this.options.mergeMessage();
        return (message != null) ? message : "Merge transaction " + this.transactionBranch + " to branch";
    }

    /** Ends the redirect and deletes the transaction branch, unless the options keep it on error. */
    public void rollback() {
        try {
            endRedirect();
            cleanUpAfterFailure();
        }
        finally {
            TransactionBranches.ended(this.repository, this.transactionBranch);
        }
    }

    /**
     * Runs work in this transaction: begin, work, then complete or (when the work throws) roll back and rethrow.
     * @param work the changes; its argument is the transaction branch
     * @return what happened
     */
    TransactionResult run(Consumer<Branch> work) {
        begin();
        try {
            work.accept(branch());
        }
        catch (RuntimeException | Error ex) {
            rollback();
            throw ex;
        }
        return complete();
    }

    /** Asks every merge gate, in order; the first refusal rolls the transaction back. */
    private void validate(String commitId) {
        if (this.validators.isEmpty()) {
            return;
        }
        MergeCandidate candidate = new MergeCandidate(new Reference(this.support, this.repository, commitId),
                branch(), this.sourceBranch);
        for (LakeFSMergeValidator validator : this.validators) {
            MergeVerdict verdict;
            try {
                verdict = validator.validate(candidate);
            }
            catch (RuntimeException ex) {
                throw failed(Step.VALIDATE, "merge validator '" + validator.name() + "' failed: " + ex.getMessage()
                        + "; branch '" + this.sourceBranch + "' is unchanged", ex);
            }
            if (!verdict.accepted()) {
                cleanUpAfterFailure();
                String reason = String.valueOf(verdict.reason());
                throw new LakeFSMergeRejectedException(this.transactionBranch, "Transaction " + this.transactionBranch
                        + " on branch '" + this.sourceBranch + "' of repository '" + this.repository
                        + "' was rejected by merge validator '" + validator.name() + "': " + reason + "; branch '"
                        + this.sourceBranch + "' is unchanged" + kept(), validator.name(), reason);
            }
        }
    }

    private void requireTagAbsent(String tag) {
        try {
            client().tags().get(this.repository, tag);
        }
        catch (NotFoundException ex) {
            return;
        }
        catch (RuntimeException ex) {
            throw failed(Step.TAG_CHECK, "checking tag '" + tag + "' failed; branch '" + this.sourceBranch
                    + "' is unchanged", ex);
        }
        throw failed(Step.TAG_CHECK, "tag '" + tag + "' already exists; branch '" + this.sourceBranch
                + "' is unchanged", null);
    }

    private LakeFSTransactionException failed(Step step, String what, @Nullable Throwable cause) {
        cleanUpAfterFailure();
        return new LakeFSTransactionException(step, this.transactionBranch, "Transaction " + this.transactionBranch
                + " on branch '" + this.sourceBranch + "' of repository '" + this.repository + "': " + what + kept(),
                cause);
    }

    private String kept() {
        return this.options.deleteBranchOnError() ? "" : " (transaction branch kept for inspection)";
    }

    private void cleanUpAfterFailure() {
        if (this.options.deleteBranchOnError()) {
            try {
                deleteBranch();
            }
            catch (RuntimeException ex) {
                logger.warn("Could not delete transaction branch " + this.transactionBranch + ": " + ex.getMessage());
            }
        }
    }

    private void deleteBranch() {
        client().branches().delete(this.repository, this.transactionBranch);
    }

    private void endRedirect() {
        BranchRedirects.Scope current = this.scope;
        if (current != null) {
            current.close();
            this.scope = null;
        }
    }

    private LakeFSClient client() {
        return this.support.client();
    }

}
