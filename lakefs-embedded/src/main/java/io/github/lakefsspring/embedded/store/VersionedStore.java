package io.github.lakefsspring.embedded.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.lakefsspring.embedded.store.blockstore.Blockstore;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;
import org.jspecify.annotations.Nullable;

/**
 * lakeFS's data model with lakeFS's semantics: the one thing the embedded server's HTTP layer and
 * S3 gateway talk to.
 *
 * <p>Every method is thread-safe and blocking. Names, refs and paths reaching the store have already
 * passed the HTTP layer's syntax checks (the OpenAPI patterns); the store enforces everything else
 * lakeFS enforces (existence, uniqueness, read-only repositories, dirty branches, name clashes) and
 * reports it as a {@link StoreException} whose message is the real server's.
 *
 * <p>Durability: when a mutating method returns, its effect survives a restart of the process, and a
 * crash at any point leaves each operation either wholly applied or not at all.
 *
 * <p>Listings are served page by page from sorted persistent structures: no method materialises a
 * whole repository, tree, staging area or log in memory.
 */
public interface VersionedStore extends AutoCloseable {

    /** @return the object storage behind the repositories' storage namespaces */
    Blockstore blockstore();

    // ---- repositories ------------------------------------------------------------------------

    /**
     * Creates a repository. Unless {@code bare}, probes the namespace (which must hold no lakeFS data
     * and must never have been used by another repository) and creates the default branch on a root
     * commit ({@code Repository created}, no parents, empty tree, committer {@code ""}).
     */
    Repository createRepository(String id, String storageNamespace, String defaultBranch, boolean bare,
            boolean readOnly);

    Repository getRepository(String id);

    /** @param search keep only ids containing this substring ({@code ""} for all) */
    Page<Repository> listRepositories(PageRequest page, String search);

    void deleteRepository(String id, boolean force);

    Map<String, String> getRepositoryMetadata(String repository);

    /** Upserts the given keys. */
    void setRepositoryMetadata(String repository, Map<String, String> metadata);

    void deleteRepositoryMetadata(String repository, Set<String> keys);

    // ---- refs --------------------------------------------------------------------------------

    /** @return the repository's branch protection rules */
    BranchProtection getBranchProtection(String repository);

    /**
     * Replaces the repository's branch protection rules.
     * @param ifMatch the {@link BranchProtection#etag()} the current rules must have ({@code ""}: there must be
     * none), or null to replace them whatever they are
     * @throws StoreException 412 when {@code ifMatch} is not the current version
     */
    void setBranchProtection(String repository, BranchProtection rules, @Nullable String ifMatch);

    /** @return the repository's garbage collection rules, if set */
    Optional<GcRules> getGcRules(String repository);

    /** Replaces (or, with null, removes) the repository's garbage collection rules. */
    void setGcRules(String repository, @Nullable GcRules rules);

    /**
     * Keeps a run of lakeFS Actions, and of the repository's runs only the latest {@code keep}.
     * @param repository the repository
     * @param run the run, whose id sorts after every earlier run's
     * @param keep how many runs of the repository to keep
     */
    void recordActionRun(String repository, ActionRun run, int keep);

    /** @return the repository's action runs, oldest first */
    List<ActionRun> actionRuns(String repository);

    /** @return one of the repository's action runs */
    Optional<ActionRun> actionRun(String repository, String runId);

    /** @return the server's users, access keys and groups as last saved, or empty for a new store */
    Optional<Identities> identities();

    /** Replaces the server's users, access keys and groups. */
    void saveIdentities(Identities identities);

    /** @return the repository's pull requests, by id */
    List<PullRequest> listPullRequests(String repository);

    /** @return a pull request of the repository, if it exists */
    Optional<PullRequest> getPullRequest(String repository, String id);

    /** Stores a new or changed pull request. */
    void putPullRequest(String repository, PullRequest pullRequest);

    /**
     * Resolves a ref expression: a full commit id, a branch, a tag or a unique commit id prefix (in
     * that order), with the modifiers {@code ~N}, {@code ^N}, {@code @} and {@code $}.
     */
    ResolvedRef resolve(String repository, String ref);

    /** Creates a branch at the committed head of {@code sourceRef} (staging is not copied). */
    Branch createBranch(String repository, String name, String sourceRef, boolean hidden, boolean force);

    Branch getBranch(String repository, String name);

    Page<Branch> listBranches(String repository, PageRequest page, boolean showHidden);

    void deleteBranch(String repository, String name, boolean force);

    /**
     * Discards uncommitted changes.
     *
     * @param type {@code object} (one path), {@code common_prefix} (everything under {@code path}) or
     *        {@code reset} (the whole staging area)
     */
    void resetBranch(String repository, String branch, String type, @Nullable String path, boolean force);

    /** Points a clean branch at {@code ref}'s commit. */
    void hardResetBranch(String repository, String branch, String ref, boolean force);

    /**
     * Commits the inverse of {@code ref}'s changes relative to its parent number {@code parentNumber}
     * (0 for a non-merge commit, 1-based for a merge commit).
     */
    Commit revert(String repository, String branch, String ref, int parentNumber, CommitOverrides overrides,
            boolean allowEmpty, boolean force, String committer);

    /** Applies {@code ref}'s changes onto the branch as a new commit keeping its message and metadata. */
    Commit cherryPick(String repository, String branch, String ref, @Nullable Integer parentNumber,
            CommitOverrides overrides, boolean force, String committer);

    Tag createTag(String repository, String id, String ref, boolean force);

    Tag getTag(String repository, String id);

    Page<Tag> listTags(String repository, PageRequest page);

    void deleteTag(String repository, String id, boolean force);

    // ---- commits -----------------------------------------------------------------------------

    /** The commit any ref expression points at. */
    Commit getCommit(String repository, String ref);

    /** Commits the branch's staging area; with nothing staged and not {@code allowEmpty}: 400 no changes. */
    Commit commit(String repository, String branch, CommitRequest request);

    /** The log from {@code ref}, newest first, paged by commit id. */
    Page<Commit> log(String repository, String ref, LogQuery query);

    // ---- diff and merge ----------------------------------------------------------------------

    /** Differences between the committed trees of two refs; see {@link DiffQuery#twoDot()}. */
    Page<Change> diff(String repository, String leftRef, String rightRef, DiffQuery query);

    /** The branch's staging area relative to its head. */
    Page<Change> diffUncommitted(String repository, String branch, DiffQuery query);

    MergeBase mergeBase(String repository, String sourceRef, String destinationBranch);

    /**
     * Merges {@code sourceRef} into {@code destinationBranch} with a three-way merge from their merge
     * base; never fast-forwards.
     *
     * @return the merge commit id
     * @throws MergeConflictException on conflicting changes without a strategy
     */
    String merge(String repository, String sourceRef, String destinationBranch, MergeRequest request);

    // ---- objects -----------------------------------------------------------------------------

    /** The object at {@code path} as seen through {@code ref} (a branch includes its staging area). */
    ObjectEntry statObject(String repository, String ref, String path);

    /** Objects under a ref, flat or grouped by {@code delimiter} into {@link CommonPrefix}es. */
    Page<ListingItem> listObjects(String repository, String ref, PageRequest page, String delimiter);

    /** Puts an object whose bytes are already in the blockstore on the branch's staging area. */
    ObjectEntry stageObject(String repository, String branch, StageRequest request);

    /** Deletes an object from the branch (a tombstone over a committed one); absent paths succeed. */
    void deleteObject(String repository, String branch, String path, boolean force);

    /** Deletes up to 1000 paths; the returned list names the ones that failed. */
    List<DeleteError> deleteObjects(String repository, String branch, List<String> paths, boolean force);

    /**
     * Copies an object to {@code destinationPath} on {@code destinationBranch}, with its data copied to a
     * new physical address; checksum, size, content type and metadata are kept, mtime is now.
     *
     * @param sourceRef the ref to read from, or null for the destination branch
     */
    ObjectEntry copyObject(String repository, String destinationBranch, String destinationPath,
            @Nullable String sourceRef, String sourcePath, boolean force);

    /** Replaces an object's user metadata. */
    void replaceUserMetadata(String repository, String branch, String path, Map<String, String> metadata);

    // ---- staging API (direct writes to the blockstore) ---------------------------------------

    /**
     * Reserves a new physical address in the repository's namespace for {@code path} on {@code branch}.
     * The address carries a signature bound to repository, branch and path, valid for 24 hours.
     */
    String reservePhysicalAddress(String repository, String branch, String path);

    /**
     * Stages an object written directly to a reserved physical address: a tampered or expired
     * reservation is a bad request.
     */
    ObjectEntry linkPhysicalAddress(String repository, String branch, StageRequest request);

    /** Starts a multipart upload of {@code path} whose parts the client writes straight to storage. */
    PresignedMultipartUpload createPresignedMultipartUpload(String repository, String branch, String path);

    /**
     * Fills one part of a presigned multipart upload with bytes of an object, server-side.
     * @param source the object, as {@link #statObject} found it
     * @param offset where in it the part starts
     * @param length how many bytes the part takes
     * @return the part's ETag
     * @throws StoreException 404 for an unknown upload
     */
    String copyPart(String physicalAddress, String uploadId, int partNumber, ObjectEntry source, long offset,
            long length);

    /**
     * Completes a presigned multipart upload from its parts' numbers and ETags, and stages the object.
     */
    ObjectEntry completePresignedMultipartUpload(String repository, String branch, String path, String uploadId,
            String physicalAddress, List<StoredBlob.Part> parts, @Nullable String contentType,
            Map<String, String> metadata, boolean ifAbsent);

    void abortPresignedMultipartUpload(String repository, String branch, String path, String uploadId,
            String physicalAddress);

    // ---- import ------------------------------------------------------------------------------

    /**
     * Starts an asynchronous import: the sources replace whatever is at their destinations, then one
     * commit is made on the (clean) branch.
     *
     * @return the import id
     */
    String startImport(String repository, String branch, List<ImportSource> sources, CommitRequest commit,
            boolean force);

    ImportStatus importStatus(String repository, String branch, String importId);

    /** Cancels a running import; a finished one is a conflict. */
    void cancelImport(String repository, String branch, String importId);

    // ---- S3 gateway multipart uploads -------------------------------------------------------

    /** Records a multipart upload the S3 gateway started, so that it survives a restart. */
    void saveMultipartUpload(String uploadId, PendingMultipartUpload upload);

    /** @return the multipart upload with this id, if it is in progress */
    Optional<PendingMultipartUpload> multipartUpload(String uploadId);

    /** Forgets a completed or aborted multipart upload. */
    void removeMultipartUpload(String uploadId);

    /** Flushes and releases everything; the store cannot be used afterwards. */
    @Override
    void close();
}
