package io.github.lakefsspring.client;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.BranchExchange;
import io.github.lakefsspring.client.http.RequestBodies.BranchCreation;
import io.github.lakefsspring.client.http.RequestBodies.CherryPickCreation;
import io.github.lakefsspring.client.http.RequestBodies.CommitCreation;
import io.github.lakefsspring.client.http.RequestBodies.ResetCreation;
import io.github.lakefsspring.client.http.RequestBodies.RevertCreation;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Ref;

/**
 * Branch calls: create, get, list, delete, commit, reset, hard reset, revert, cherry-pick and uncommitted changes.
 * Commits, reverts and cherry-picks are never retried.
 *
 * @since 0.1.0
 */
public final class BranchesApi {

    private final BranchExchange exchange;

    BranchesApi(BranchExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * Creates a branch at the committed head of a source ref.
     * @param repository the repository id
     * @param name the new branch
     * @param source the ref to branch from
     * @param hidden whether listings leave it out unless asked
     * @return the commit id the branch starts at
     */
    public String create(String repository, String name, String source, boolean hidden) {
        return this.exchange.createBranch(repository, new BranchCreation(name, source, hidden ? Boolean.TRUE : null))
            .strip();
    }

    /** @return the branch and its head commit */
    public Ref get(String repository, String branch) {
        return this.exchange.getBranch(repository, branch);
    }

    /**
     * One page of branches.
     * @param repository the repository id
     * @param prefix only names starting with it, or {@code null}
     * @param after only names after it, or {@code null}
     * @param amount the page size, 1 to 1000
     * @param showHidden whether to include hidden branches
     * @return the page
     */
    public Page<Ref> list(String repository, @Nullable String prefix, @Nullable String after, int amount,
            boolean showHidden) {
        return this.exchange.listBranches(repository, prefix, after, amount, showHidden ? Boolean.TRUE : null);
    }

    /** Deletes a branch (not the default one). */
    public void delete(String repository, String branch) {
        this.exchange.deleteBranch(repository, branch);
    }

    /**
     * Discards uncommitted changes.
     * @param repository the repository id
     * @param branch the branch
     * @param type {@code reset} (everything), {@code object} (one path) or {@code common_prefix} (a prefix)
     * @param path the path or prefix, or {@code null} for {@code reset}
     */
    public void reset(String repository, String branch, String type, @Nullable String path) {
        this.exchange.resetBranch(repository, branch, new ResetCreation(type, path));
    }

    /** Moves a branch to a ref, keeping its uncommitted changes, as lakeFS's hard reset does. */
    public void hardReset(String repository, String branch, String ref) {
        this.exchange.hardResetBranch(repository, branch, ref);
    }

    /**
     * Reverts a commit on a clean branch.
     * @param parentNumber 0 for a normal commit, 1-based for a merge commit
     */
    public void revert(String repository, String branch, String ref, int parentNumber) {
        this.exchange.revertBranch(repository, branch, new RevertCreation(ref, parentNumber));
    }

    /**
     * Applies the changes of a commit to a clean branch.
     * @param parentNumber the parent to diff against for a merge commit, or {@code null}
     * @return the new commit
     */
    public Commit cherryPick(String repository, String branch, String ref, @Nullable Integer parentNumber) {
        return this.exchange.cherryPick(repository, branch, new CherryPickCreation(ref, parentNumber));
    }

    /**
     * Commits the branch's uncommitted changes.
     * @param allowEmpty whether to commit when nothing changed
     * @return the commit
     * @throws NoChangesException when nothing changed and empty commits are not allowed
     */
    public Commit commit(String repository, String branch, String message, Map<String, String> metadata,
            boolean allowEmpty) {
        return this.exchange.commit(repository, branch, new CommitCreation(message, metadata,
                allowEmpty ? Boolean.TRUE : null));
    }

    /**
     * One page of the branch's uncommitted changes.
     * @param delimiter groups paths into common prefixes at it, or {@code null}
     * @return the page
     */
    public Page<Change> uncommitted(String repository, String branch, @Nullable String prefix,
            @Nullable String delimiter, @Nullable String after, int amount) {
        return this.exchange.diffBranch(repository, branch, prefix, delimiter, after, amount);
    }

}
