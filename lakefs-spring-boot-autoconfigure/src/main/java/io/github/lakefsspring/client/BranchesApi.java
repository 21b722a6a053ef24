package io.github.lakefsspring.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Ref;

/**
 * Branch calls: create, get, list, delete, reset, revert, cherry-pick, commit, and uncommitted changes.
 *
 * @since 0.1.0
 */
public final class BranchesApi {

    private static final String BRANCHES = "/repositories/{repository}/branches";

    private static final String BRANCH = BRANCHES + "/{branch}";

    private static final Operation CREATE = Operation.post("createBranch", BRANCHES, false);

    private static final Operation GET = Operation.get("getBranch", BRANCH);

    private static final Operation LIST = Operation.get("listBranches", BRANCHES);

    private static final Operation DELETE = Operation.delete("deleteBranch", BRANCH);

    private static final Operation RESET = Operation.put("resetBranch", BRANCH, true);

    private static final Operation HARD_RESET = Operation.put("hardResetBranch", BRANCH + "/hard_reset", true);

    private static final Operation REVERT = Operation.post("revertBranch", BRANCH + "/revert", false);

    private static final Operation CHERRY_PICK = Operation.post("cherryPick", BRANCH + "/cherry-pick", false);

    private static final Operation COMMIT = Operation.post("commit", BRANCH + "/commits", false);

    private static final Operation DIFF = Operation.get("diffBranch", BRANCH + "/diff");

    private final LakeFSHttp http;

    BranchesApi(LakeFSHttp http) {
        this.http = http;
    }

    /**
     * Creates a branch at the committed state of a source ref.
     * @param repository the repository id
     * @param name the new branch
     * @param source the ref to branch from
     * @param hidden whether listings leave it out unless asked
     * @return the commit id the branch starts at
     */
    public String create(String repository, String name, String source, boolean hidden) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("source", source);
        if (hidden) {
            body.put("hidden", true);
        }
        return this.http.call(CREATE).path("repository", repository).json(body).text();
    }

    /**
     * @param repository the repository id
     * @param branch the branch
     * @return the branch and its head commit id
     */
    public Ref get(String repository, String branch) {
        return this.http.call(GET).path("repository", repository).path("branch", branch).retrieve(Ref.class);
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
        return this.http.call(LIST)
            .path("repository", repository)
            .query("prefix", prefix)
            .query("after", after)
            .query("amount", amount)
            .query("show_hidden", showHidden ? "true" : null)
            .retrieve(new TypeReference<Page<Ref>>() {
            });
    }

    /**
     * Deletes a branch (not the default one).
     * @param repository the repository id
     * @param branch the branch
     */
    public void delete(String repository, String branch) {
        this.http.call(DELETE).path("repository", repository).path("branch", branch).send();
    }

    /**
     * Discards uncommitted changes: all of them ({@code reset}), one object ({@code object}) or those under a
     * prefix ({@code common_prefix}).
     * @param repository the repository id
     * @param branch the branch
     * @param type {@code reset}, {@code object} or {@code common_prefix}
     * @param path the object or prefix, or {@code null} for {@code reset}
     */
    public void reset(String repository, String branch, String type, @Nullable String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        if (path != null) {
            body.put("path", path);
        }
        this.http.call(RESET).path("repository", repository).path("branch", branch).json(body).send();
    }

    /**
     * Points the branch at another commit; as in lakeFS, its uncommitted changes stay staged.
     * @param repository the repository id
     * @param branch the branch
     * @param ref the ref to point at
     */
    public void hardReset(String repository, String branch, String ref) {
        this.http.call(HARD_RESET).path("repository", repository).path("branch", branch).query("ref", ref).send();
    }

    /**
     * Commits the reverse of a commit on the branch.
     * @param repository the repository id
     * @param branch the branch
     * @param ref the commit to revert
     * @param parentNumber for a merge commit, the 1-based parent to revert to; 0 otherwise
     */
    public void revert(String repository, String branch, String ref, int parentNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ref", ref);
        body.put("parent_number", parentNumber);
        this.http.call(REVERT).path("repository", repository).path("branch", branch).json(body).send();
    }

    /**
     * Applies the changes of a commit to the branch as a new commit.
     * @param repository the repository id
     * @param branch the branch
     * @param ref the commit to pick
     * @param parentNumber for a merge commit, the 1-based parent to diff against, else {@code null}
     * @return the new commit
     */
    public Commit cherryPick(String repository, String branch, String ref, @Nullable Integer parentNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ref", ref);
        if (parentNumber != null) {
            body.put("parent_number", parentNumber);
        }
        return this.http.call(CHERRY_PICK).path("repository", repository).path("branch", branch).json(body)
            .retrieve(Commit.class);
    }

    /**
     * Commits the branch's uncommitted changes.
     * @param repository the repository id
     * @param branch the branch
     * @param message the commit message
     * @param metadata the commit metadata
     * @param allowEmpty whether to commit even without changes
     * @return the commit
     */
    public Commit commit(String repository, String branch, String message, Map<String, String> metadata,
            boolean allowEmpty) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put("metadata", metadata);
        if (allowEmpty) {
            body.put("allow_empty", true);
        }
        return this.http.call(COMMIT).path("repository", repository).path("branch", branch).json(body)
            .retrieve(Commit.class);
    }

    /**
     * One page of the branch's uncommitted changes.
     * @param repository the repository id
     * @param branch the branch
     * @param prefix only paths starting with it, or {@code null}
     * @param delimiter groups paths into common prefixes at it, or {@code null}
     * @param after only paths after it, or {@code null}
     * @param amount the page size, 1 to 1000
     * @return the page
     */
    public Page<Change> uncommitted(String repository, String branch, @Nullable String prefix,
            @Nullable String delimiter, @Nullable String after, int amount) {
        return this.http.call(DIFF)
            .path("repository", repository)
            .path("branch", branch)
            .query("prefix", prefix)
            .query("delimiter", delimiter)
            .query("after", after)
            .query("amount", amount)
            .retrieve(new TypeReference<Page<Change>>() {
            });
    }

}
