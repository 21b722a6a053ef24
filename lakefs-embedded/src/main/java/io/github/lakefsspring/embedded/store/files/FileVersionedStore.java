package io.github.lakefsspring.embedded.store.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.ActionRun;
import io.github.lakefsspring.embedded.store.Identities;
import io.github.lakefsspring.embedded.store.Branch;
import io.github.lakefsspring.embedded.store.BranchProtection;
import io.github.lakefsspring.embedded.store.Change;
import io.github.lakefsspring.embedded.store.Change.ChangeType;
import io.github.lakefsspring.embedded.store.Commit;
import io.github.lakefsspring.embedded.store.CommitOverrides;
import io.github.lakefsspring.embedded.store.CommitRequest;
import io.github.lakefsspring.embedded.store.CommonPrefix;
import io.github.lakefsspring.embedded.store.DeleteError;
import io.github.lakefsspring.embedded.store.DiffQuery;
import io.github.lakefsspring.embedded.store.GcRules;
import io.github.lakefsspring.embedded.store.ImportSource;
import io.github.lakefsspring.embedded.store.ImportStatus;
import io.github.lakefsspring.embedded.store.ListingItem;
import io.github.lakefsspring.embedded.store.LogQuery;
import io.github.lakefsspring.embedded.store.MergeBase;
import io.github.lakefsspring.embedded.store.MergeRequest;
import io.github.lakefsspring.embedded.store.ObjectEntry;
import io.github.lakefsspring.embedded.store.Page;
import io.github.lakefsspring.embedded.store.PendingMultipartUpload;
import io.github.lakefsspring.embedded.store.PageRequest;
import io.github.lakefsspring.embedded.store.PresignedMultipartUpload;
import io.github.lakefsspring.embedded.store.PullRequest;
import io.github.lakefsspring.embedded.store.Repository;
import io.github.lakefsspring.embedded.store.ResolvedRef;
import io.github.lakefsspring.embedded.store.StageRequest;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.StoreException.Kind;
import io.github.lakefsspring.embedded.store.StoreSettings;
import io.github.lakefsspring.embedded.store.Tag;
import io.github.lakefsspring.embedded.store.VersionedStore;
import io.github.lakefsspring.embedded.store.blockstore.BlobWriter;
import io.github.lakefsspring.embedded.store.blockstore.Blockstore;
import io.github.lakefsspring.embedded.store.blockstore.StoredBlob;

/**
 * The {@link VersionedStore} of the embedded server: refs, commits, trees and staging areas in one H2 MVStore
 * file, object bytes in a {@link FileBlockstore}.
 *
 * <p>Every change is made under one write lock and written by a single MVStore commit before the method returns,
 * so an operation is either wholly in the file or not at all, and survives the process being killed (the file
 * is not forced to the device on every write: a power loss can lose the last writes, never half of one). A branch is one value (head commit plus
 * staging area), so a commit, merge or reset publishes its new state with one write. Reads take no lock.
 */
public final class FileVersionedStore implements VersionedStore {

    private static final String WRITE_TO_PROTECTED = "cannot write to protected branch";

    private static final String DUMMY = "_lakefs/dummy";

    private static final String EMPTY_TREE = "";

    private static final String IDENTITIES = "all";

    /** Serializes identity changes; no repository id can take this lock, as none contains a slash. */
    private static final String IDENTITIES_LOCK = "/identities";

    private final MVStore mvStore;

    private final FileBlockstore blockstore;


    private final MVMap<String, RepositoryState> repositories;

    private final MVMap<String, ActionRun> actionRuns;

    private final MVMap<String, Identities> identities;

    private final MVMap<String, BranchState> branches;

    private final MVMap<String, String> tags;

    private final MVMap<String, CommitState> commits;

    private final MVMap<String, String> deletedRepositories;

    private final MVMap<String, Boolean> sealedAddresses;

    private final MVMap<String, PendingMultipartUpload> multipartUploads;

    private final WriteCoordinator writes;

    private final Imports imports;

    private final TreeStore trees;

    public FileVersionedStore(StoreSettings settings) {
        try {
            Files.createDirectories(settings.dataDirectory());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.mvStore = new MVStore.Builder().fileName(settings.dataDirectory().resolve("refs.mv.db").toString())
            .autoCommitDisabled()
            .open();
        this.writes = new WriteCoordinator(this.mvStore, settings.durability());
        this.sealedAddresses = this.mvStore.openMap("sealedAddresses");
        this.multipartUploads = this.mvStore.openMap("multipartUploads");
        this.blockstore = new FileBlockstore(settings.dataDirectory().resolve("blockstore"), settings.blockstoreType(),
                settings.durability(), this.sealedAddresses::containsKey);
        this.repositories = this.mvStore.openMap("repositories");
        this.branches = this.mvStore.openMap("branches");
        this.tags = this.mvStore.openMap("tags");
        this.commits = this.mvStore.openMap("commits");
        this.deletedRepositories = this.mvStore.openMap("deletedRepositories");
        this.actionRuns = this.mvStore.openMap("actionRuns");
        this.identities = this.mvStore.openMap("identities");
        this.trees = new TreeStore(this.mvStore);
        this.imports = new Imports(this, this.writes, this.mvStore.openMap("imports"));
    }

    @Override
    public Blockstore blockstore() {
        return this.blockstore;
    }

    // ---- repositories ------------------------------------------------------------------------

    @Override
    public Repository createRepository(String id, String storageNamespace, String defaultBranch, boolean bare,
            boolean readOnly) {
        return this.writes.write(id, (m) -> {
            if (this.repositories.containsKey(id)) {
                throw new StoreException(Kind.CONFLICT, "error creating repository: not unique");
            }
            this.blockstore.validateNamespace(storageNamespace);
            String dummy = trimSlash(storageNamespace) + "/" + DUMMY;
            if (!bare && this.blockstore.exists(dummy)) {
                throw new StoreException(Kind.BAD_REQUEST, "failed to create repository: found lakeFS objects in the "
                        + "storage (:" + storageNamespace + ") key(" + DUMMY + "): storage namespace already in use");
            }
            if (!bare) {
                try {
                    this.blockstore.touch(dummy);
                }
                catch (IOException | UncheckedIOException ex) {
                    throw new StoreException(Kind.BAD_REQUEST, "failed to create repository: cannot write to storage "
                            + "namespace " + storageNamespace, ex);
                }
            }
            long now = Instant.now().getEpochSecond();
            RepositoryState state = new RepositoryState(id, now, defaultBranch, storageNamespace, readOnly,
                    new TreeMap<>(), null, null, null);
            if (!bare) {
                CommitState root = newCommit(m, id, List.of(), "", "Repository created", Instant.ofEpochSecond(now),
                        EMPTY_TREE, Map.of(), 1);
                m.put(this.branches, key(id, defaultBranch), new BranchState(root.id(), newStagingToken(), false));
            }
            m.put(this.repositories, id, state);
            return state.toRepository();
        });
    }

    @Override
    public Repository getRepository(String id) {
        return repository(id).toRepository();
    }

    @Override
    public Page<Repository> listRepositories(PageRequest page, String search) {
        List<Repository> found = new ArrayList<>();
        for (Iterator<String> keys = this.repositories.keyIterator(startKey("", page.prefix(), page.after()));
                keys.hasNext() && found.size() <= page.amount();) {
            String id = keys.next();
            if (!id.startsWith(page.prefix())) {
                break;
            }
            if (id.compareTo(page.after()) > 0 && id.contains(search)) {
                found.add(this.repositories.get(id).toRepository());
            }
        }
        return Page.of(found, page.amount(), Repository::id);
    }

    @Override
    public void deleteRepository(String id, boolean force) {
        this.writes.write(id, (m) -> {
            RepositoryState repository = repository(id);
            requireWritable(repository, force);
            m.remove(this.repositories, id);
            m.removeWithPrefix(this.branches, id + "/");
            m.removeWithPrefix(this.tags, id + "/");
            m.removeWithPrefix(this.commits, id + "/");
            m.removeWithPrefix(this.actionRuns, id + "/");
            return null;
        });
    }

    @Override
    public Map<String, String> getRepositoryMetadata(String repository) {
        return repository(repository).metadata();
    }

    @Override
    public void setRepositoryMetadata(String repository, Map<String, String> metadata) {
        this.writes.write(repository, (m) -> {
            RepositoryState state = repository(repository);
            TreeMap<String, String> merged = new TreeMap<>(state.metadata());
            merged.putAll(metadata);
            m.put(this.repositories, repository, state.withMetadata(merged));
            return null;
        });
    }

    @Override
    public void deleteRepositoryMetadata(String repository, Set<String> keys) {
        this.writes.write(repository, (m) -> {
            RepositoryState state = repository(repository);
            TreeMap<String, String> remaining = new TreeMap<>(state.metadata());
            remaining.keySet().removeAll(keys);
            m.put(this.repositories, repository, state.withMetadata(remaining));
            return null;
        });
    }

    @Override
    public BranchProtection getBranchProtection(String repository) {
        return repository(repository).branchProtection();
    }

    @Override
    public void setBranchProtection(String repository, BranchProtection rules, @Nullable String ifMatch) {
        this.writes.write(repository, (m) -> {
            RepositoryState state = repository(repository);
            if (ifMatch != null && !ifMatch.equals(state.branchProtection().etag())) {
                throw new StoreException(Kind.PRECONDITION_FAILED, "precondition failed");
            }
            m.put(this.repositories, repository, state.withBranchProtection(rules));
            return null;
        });
    }

    @Override
    public Optional<GcRules> getGcRules(String repository) {
        return Optional.ofNullable(repository(repository).gcRules());
    }

    @Override
    public void setGcRules(String repository, @Nullable GcRules rules) {
        this.writes.write(repository, (m) -> {
            RepositoryState state = repository(repository);
            requireWritable(state, false);
            m.put(this.repositories, repository, state.withGcRules(rules));
            return null;
        });
    }

    @Override
    public void recordActionRun(String repository, ActionRun run, int keep) {
        this.writes.write(repository, (m) -> {
            repository(repository);
            m.put(this.actionRuns, key(repository, run.runId()), run);
            String prefix = repository + "/";
            for (long excess = Mutations.countWithPrefix(this.actionRuns, prefix) - keep; excess > 0; excess--) {
                m.remove(this.actionRuns, this.actionRuns.ceilingKey(prefix));
            }
            return null;
        });
    }

    @Override
    public Optional<Identities> identities() {
        return Optional.ofNullable(this.identities.get(IDENTITIES));
    }

    @Override
    public void saveIdentities(Identities identities) {
        this.writes.write(IDENTITIES_LOCK, (m) -> {
            m.put(this.identities, IDENTITIES, identities);
            return null;
        });
    }

    @Override
    public List<ActionRun> actionRuns(String repository) {
        return Mutations.keysWithPrefix(this.actionRuns, repository + "/")
            .stream()
            .map(this.actionRuns::get)
            .filter(Objects::nonNull)
            .toList();
    }

    @Override
    public Optional<ActionRun> actionRun(String repository, String runId) {
        return Optional.ofNullable(this.actionRuns.get(key(repository, runId)));
    }

    @Override
    public List<PullRequest> listPullRequests(String repository) {
        return List.copyOf(repository(repository).pullRequestsById().values());
    }

    @Override
    public Optional<PullRequest> getPullRequest(String repository, String id) {
        return Optional.ofNullable(repository(repository).pullRequestsById().get(id));
    }

    @Override
    public void putPullRequest(String repository, PullRequest pullRequest) {
        this.writes.write(repository, (m) -> {
            m.put(this.repositories, repository, repository(repository).withPullRequest(pullRequest));
            return null;
        });
    }

    // ---- refs --------------------------------------------------------------------------------

    @Override
    public ResolvedRef resolve(String repository, String ref) {
        repository(repository);
        RefExpression expression = RefExpression.parse(ref);
        String base = expression.base();
        String commitId;
        String branch = null;
        if (base.length() == 64 && isHex(base) && this.commits.containsKey(key(repository, base))) {
            commitId = base;
        }
        else if (this.branches.containsKey(key(repository, base))) {
            branch = base;
            commitId = this.branches.get(key(repository, base)).headCommitId();
        }
        else if (this.tags.containsKey(key(repository, base))) {
            commitId = this.tags.get(key(repository, base));
        }
        else {
            commitId = uniquePrefix(repository, base);
        }
        if (expression.suffix() != 0 && (branch == null || !expression.modifiers().isEmpty())) {
            throw new StoreException(Kind.BAD_REQUEST, "invalid ref: " + ref);
        }
        for (RefExpression.Modifier modifier : expression.modifiers()) {
            commitId = ancestor(repository, commitId, modifier, ref);
        }
        boolean staging = branch != null && expression.modifiers().isEmpty() && expression.suffix() != '@';
        return new ResolvedRef(commitId, expression.modifiers().isEmpty() ? branch : null, staging);
    }

    private String uniquePrefix(String repository, String prefix) {
        if (prefix.length() < 4 || !isHex(prefix)) {
            throw new StoreException(Kind.NOT_FOUND, "not found");
        }
        String found = null;
        String first = repository + "/" + prefix;
        for (Iterator<String> keys = this.commits.keyIterator(first); keys.hasNext();) {
            String k = keys.next();
            if (!k.startsWith(first)) {
                break;
            }
            if (found != null) {
                throw new StoreException(Kind.NOT_FOUND, "not found");
            }
            found = k.substring(repository.length() + 1);
        }
        if (found == null) {
            throw new StoreException(Kind.NOT_FOUND, "not found");
        }
        return found;
    }

    private String ancestor(String repository, String commitId, RefExpression.Modifier modifier, String ref) {
        String current = commitId;
        if (modifier.kind() == '~') {
            for (int i = 0; i < modifier.value(); i++) {
                List<String> parents = commit(repository, current).parentList();
                if (parents.isEmpty()) {
                    throw new StoreException(Kind.NOT_FOUND, "not found");
                }
                current = parents.get(0);
            }
            return current;
        }
        if (modifier.value() == 0) {
            return current;
        }
        List<String> parents = commit(repository, current).parentList();
        if (modifier.value() > parents.size()) {
            throw new StoreException(Kind.NOT_FOUND, "not found");
        }
        return parents.get(modifier.value() - 1);
    }

    @Override
    public Branch createBranch(String repository, String name, String sourceRef, boolean hidden, boolean force) {
        return this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), force);
            if (this.branches.containsKey(key(repository, name))) {
                throw new StoreException(Kind.CONFLICT, "branch already exists: not unique");
            }
            if (this.tags.containsKey(key(repository, name)) || this.commits.containsKey(key(repository, name))) {
                throw new StoreException(Kind.CONFLICT, "branch name conflicts with an existing tag or commit: "
                        + "not unique");
            }
            String commitId;
            try {
                commitId = resolve(repository, sourceRef).commitId();
            }
            catch (StoreException ex) {
                if (ex.kind() == Kind.NOT_FOUND) {
                    throw new StoreException(Kind.NOT_FOUND, "source reference '" + sourceRef + "': not found");
                }
                throw ex;
            }
            m.put(this.branches, key(repository, name), new BranchState(commitId, newStagingToken(), hidden));
            return new Branch(name, commitId, hidden);
        });
    }

    @Override
    public Branch getBranch(String repository, String name) {
        BranchState state = branch(repository, name);
        return new Branch(name, state.headCommitId(), state.hidden());
    }

    @Override
    public Page<Branch> listBranches(String repository, PageRequest page, boolean showHidden) {
        repository(repository);
        List<Branch> found = new ArrayList<>();
        String prefix = repository + "/" + page.prefix();
        for (Cursor<String, BranchState> cursor = this.branches.cursor(startKey(repository + "/", page.prefix(),
                page.after())); cursor.hasNext() && found.size() <= page.amount();) {
            String k = cursor.next();
            if (!k.startsWith(prefix)) {
                break;
            }
            String name = k.substring(repository.length() + 1);
            BranchState state = cursor.getValue();
            if (name.compareTo(page.after()) > 0 && (showHidden || !state.hidden())) {
                found.add(new Branch(name, state.headCommitId(), state.hidden()));
            }
        }
        return Page.of(found, page.amount(), Branch::id);
    }

    @Override
    public void deleteBranch(String repository, String name, boolean force) {
        this.writes.write(repository, (m) -> {
            RepositoryState repo = repository(repository);
            requireWritable(repo, force);
            BranchState state = branch(repository, name);
            if (repo.defaultBranch().equals(name)) {
                throw new StoreException(Kind.FORBIDDEN, "cannot delete repository default branch");
            }
            m.remove(this.branches, key(repository, name));
            dropStaging(m, state.stagingToken());
            return null;
        });
    }

    @Override
    public void resetBranch(String repository, String branch, String type, @Nullable String path, boolean force) {
        this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), force);
            requireUnprotected(repository, branch, WRITE_TO_PROTECTED);
            BranchState state = branch(repository, branch);
            switch (type) {
                case "reset" -> {
                    m.put(this.branches, key(repository, branch),
                            new BranchState(state.headCommitId(), newStagingToken(), state.hidden()));
                    dropStaging(m, state.stagingToken());
                }
                case "object" -> m.remove(staging(state.stagingToken()), requirePath(path));
                case "common_prefix" -> m.removeWithPrefix(staging(state.stagingToken()), requirePath(path));
                default -> throw new StoreException(Kind.BAD_REQUEST, "unknown reset type: " + type);
            }
            return null;
        });
    }

    @Override
    public void hardResetBranch(String repository, String branch, String ref, boolean force) {
        this.writes.write(repository, (m) -> {
            requireUnprotected(repository, branch, "protected branch");
            requireWritable(repository(repository), force);
            BranchState state = branch(repository, branch);
            String commitId = resolve(repository, ref).commitId();
            m.put(this.branches, key(repository, branch), new BranchState(commitId, state.stagingToken(), state.hidden()));
            return null;
        });
    }

    @Override
    public Commit revert(String repository, String branch, String ref, int parentNumber, CommitOverrides overrides,
            boolean allowEmpty, boolean force, String committer) {
        return this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), force);
            BranchState state = requireClean(repository, branch);
            CommitState reverted = commit(repository, resolve(repository, ref).commitId());
            String parentTree = parentTree(repository, reverted, parentNumber, "revert");
            CommitState head = commit(repository, state.headCommitId());
            String tree = applyThreeWay(head.treeId(), reverted.treeId(), parentTree, null, "revert");
            if (tree.equals(head.treeId()) && !allowEmpty) {
                throw new StoreException(Kind.BAD_REQUEST, "revert: no changes");
            }
            CommitState commit = newCommit(m, repository, List.of(head.id()), committer, overrides.revertMessage(ref),
                    Instant.now(), tree, overrides.revertMetadata(), head.generation() + 1);
            m.put(this.branches, key(repository, branch), new BranchState(commit.id(), state.stagingToken(), state.hidden()));
            return commit.toCommit();
        });
    }

    @Override
    public Commit cherryPick(String repository, String branch, String ref, @Nullable Integer parentNumber,
            CommitOverrides overrides, boolean force, String committer) {
        return this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), force);
            BranchState state = requireClean(repository, branch);
            CommitState picked = commit(repository, resolve(repository, ref).commitId());
            int number = (parentNumber != null) ? parentNumber : (picked.parents().size() > 1 ? -1 : 1);
            if (number == -1) {
                throw new StoreException(Kind.BAD_REQUEST, "must specify 1-based parent number for cherry-picking "
                        + "merge commit: bad request");
            }
            String parentTree = parentTree(repository, picked, number, "cherry-pick");
            CommitState head = commit(repository, state.headCommitId());
            String tree = applyThreeWay(head.treeId(), parentTree, picked.treeId(), null, "cherry-pick");
            CommitState commit = newCommit(m, repository, List.of(head.id()), committer,
                    overrides.cherryPickMessage(picked.message()), Instant.now(), tree,
                    overrides.cherryPickMetadata(picked.metadata(), picked.id(), picked.committer()),
                    head.generation() + 1);
            m.put(this.branches, key(repository, branch), new BranchState(commit.id(), state.stagingToken(), state.hidden()));
            return commit.toCommit();
        });
    }

    private String parentTree(String repository, CommitState commit, int parentNumber, String operation) {
        List<String> parents = commit.parentList();
        if (parents.isEmpty()) {
            throw new StoreException(Kind.BAD_REQUEST, operation + ": commit has no parents");
        }
        if (parents.size() > 1 && parentNumber < 1 || parentNumber > parents.size()) {
            throw new StoreException(Kind.BAD_REQUEST, "invalid parent number " + parentNumber + ": bad request");
        }
        return commit(repository, parents.get(Math.max(parentNumber, 1) - 1)).treeId();
    }

    @Override
    public Tag createTag(String repository, String id, String ref, boolean force) {
        return this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), force);
            if (this.tags.containsKey(key(repository, id))) {
                throw new StoreException(Kind.CONFLICT, "tag already exists: not unique");
            }
            if (this.branches.containsKey(key(repository, id))) {
                throw new StoreException(Kind.CONFLICT, "tag name conflicts with an existing branch: not unique");
            }
            String commitId = resolve(repository, ref).commitId();
            m.put(this.tags, key(repository, id), commitId);
            return new Tag(id, commitId);
        });
    }

    @Override
    public Tag getTag(String repository, String id) {
        repository(repository);
        String commitId = this.tags.get(key(repository, id));
        if (commitId == null) {
            throw new StoreException(Kind.NOT_FOUND, "tag not found");
        }
        return new Tag(id, commitId);
    }

    @Override
    public Page<Tag> listTags(String repository, PageRequest page) {
        repository(repository);
        List<Tag> found = new ArrayList<>();
        String prefix = repository + "/" + page.prefix();
        for (Cursor<String, String> cursor = this.tags.cursor(startKey(repository + "/", page.prefix(), page.after()));
                cursor.hasNext() && found.size() <= page.amount();) {
            String k = cursor.next();
            if (!k.startsWith(prefix)) {
                break;
            }
            String id = k.substring(repository.length() + 1);
            if (id.compareTo(page.after()) > 0) {
                found.add(new Tag(id, cursor.getValue()));
            }
        }
        return Page.of(found, page.amount(), Tag::id);
    }

    @Override
    public void deleteTag(String repository, String id, boolean force) {
        this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), force);
            if (!this.tags.containsKey(key(repository, id))) {
                throw new StoreException(Kind.NOT_FOUND, "tag not found");
            }
            m.remove(this.tags, key(repository, id));
            return null;
        });
    }

    // ---- commits -----------------------------------------------------------------------------

    @Override
    public Commit getCommit(String repository, String ref) {
        try {
            return commit(repository, resolve(repository, ref).commitId()).toCommit();
        }
        catch (StoreException ex) {
            if (ex.kind() == Kind.NOT_FOUND && !ex.getMessage().equals("repository not found")) {
                throw new StoreException(Kind.NOT_FOUND, "commit not found");
            }
            throw ex;
        }
    }

    @Override
    public Commit commit(String repository, String branch, CommitRequest request) {
        return this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), request.force());
            requireUnprotected(repository, branch, "cannot commit to protected branch");
            BranchState state = branch(repository, branch);
            CommitState head = commit(repository, state.headCommitId());
            MVMap<String, StoredEntry> staging = staging(state.stagingToken());
            String tree = staging.isEmpty() ? head.treeId() : applyStaging(head.treeId(), staging);
            if (tree.equals(head.treeId()) && !request.allowEmpty()) {
                throw new StoreException(Kind.BAD_REQUEST, "commit: no changes");
            }
            Instant date = (request.date() != null) ? Instant.ofEpochSecond(request.date()) : Instant.now();
            CommitState commit = newCommit(m, repository, List.of(head.id()), request.committer(), request.message(),
                    date, tree, request.metadata(), head.generation() + 1);
            m.put(this.branches, key(repository, branch), new BranchState(commit.id(), newStagingToken(), state.hidden()));
            dropStaging(m, state.stagingToken());
            return commit.toCommit();
        });
    }

    @Override
    public Page<Commit> log(String repository, String ref, LogQuery query) {
        return graph(repository).log(resolve(repository, ref).commitId(), query,
                (commitId) -> matchesRef(repository, query.stopAt(), commitId));
    }

    private boolean matchesRef(String repository, @Nullable String ref, String commitId) {
        if (ref == null || ref.isEmpty()) {
            return false;
        }
        try {
            return resolve(repository, ref).commitId().equals(commitId);
        }
        catch (StoreException ex) {
            return false;
        }
    }

    private CommitGraph graph(String repository) {
        return new CommitGraph((id) -> commit(repository, id), this.trees);
    }

    private String findMergeBase(String repository, String a, String b) {
        return graph(repository).mergeBase(a, b);
    }

    private String applyThreeWay(String destination, String base, String source, @Nullable String strategy,
            String operation) {
        return TreeMerge.apply(this.trees, destination, base, source, strategy, operation);
    }

    // ---- diff and merge ----------------------------------------------------------------------

    @Override
    public Page<Change> diff(String repository, String leftRef, String rightRef, DiffQuery query) {
        CommitState left = commit(repository, resolve(repository, leftRef).commitId());
        CommitState right = commit(repository, resolve(repository, rightRef).commitId());
        PageRequest page = query.page();
        String from = startKey("", page.prefix(), page.after());
        Iterator<Change> changes;
        if (query.twoDot()) {
            SortedZip zip = new SortedZip(List.of(this.trees.entries(left.treeId(), from), this.trees.entries(right.treeId(), from)));
            changes = new Changes.Iterating(zip, (row) -> Changes.twoWay(row.key(), row.get(0), row.get(1)));
        }
        else {
            CommitState base = commit(repository, findMergeBase(repository, right.id(), left.id()));
            SortedZip zip = new SortedZip(List.of(this.trees.entries(base.treeId(), from), this.trees.entries(right.treeId(), from),
                    this.trees.entries(left.treeId(), from)));
            changes = new Changes.Iterating(zip, (row) -> Changes.threeDot(row.key(), row.get(0), row.get(1), row.get(2)));
        }
        return Changes.page(changes, page, query.delimiter());
    }

    @Override
    public Page<Change> diffUncommitted(String repository, String branch, DiffQuery query) {
        BranchState state = branch(repository, branch);
        CommitState head = commit(repository, state.headCommitId());
        PageRequest page = query.page();
        String from = startKey("", page.prefix(), page.after());
        SortedZip zip = new SortedZip(List.of(this.trees.entries(head.treeId(), from),
                stagedEntries(staging(state.stagingToken()), from)));
        Iterator<Change> changes = new Changes.Iterating(zip, (row) -> {
            StoredEntry staged = row.get(1);
            if (staged == null) {
                return null;
            }
            if (staged.tombstone()) {
                return (row.get(0) != null) ? new Change(ChangeType.REMOVED, row.key(), false, 0L, null) : null;
            }
            return Changes.twoWay(row.key(), row.get(0), staged);
        });
        return Changes.page(changes, page, query.delimiter());
    }

    @Override
    public MergeBase mergeBase(String repository, String sourceRef, String destinationBranch) {
        String source = resolve(repository, sourceRef).commitId();
        String destination = resolve(repository, destinationBranch).commitId();
        return new MergeBase(source, destination, findMergeBase(repository, source, destination));
    }

    @Override
    public String merge(String repository, String sourceRef, String destinationBranch, MergeRequest request) {
        return this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), request.force());
            String strategy = request.strategy();
            if (strategy != null && !strategy.isEmpty() && !strategy.equals("dest-wins")
                    && !strategy.equals("source-wins")) {
                throw new StoreException(Kind.BAD_REQUEST, "argument strategy: invalid value: validation error");
            }
            String sourceId = resolve(repository, sourceRef).commitId();
            BranchState destination = branch(repository, destinationBranch);
            if (!staging(destination.stagingToken()).isEmpty()) {
                throw new StoreException(Kind.BAD_REQUEST, "uncommitted changes (dirty branch)");
            }
            CommitState head = commit(repository, destination.headCommitId());
            CommitState source = commit(repository, sourceId);
            CommitState base = commit(repository, findMergeBase(repository, sourceId, head.id()));
            if (source.treeId().equals(base.treeId()) && !request.allowEmpty() && !request.force()) {
                throw new StoreException(Kind.BAD_REQUEST, "update branch " + destinationBranch + ": no changes");
            }
            boolean defaultStrategy = strategy == null || strategy.isEmpty();
            String tree = head.treeId().equals(base.treeId()) ? source.treeId()
                    : applyThreeWay(head.treeId(), base.treeId(), source.treeId(), defaultStrategy ? null : strategy,
                            "merge");
            String message = (request.message() != null && !request.message().isEmpty()) ? request.message()
                    : "Merge '" + sourceRef + "' into '" + destinationBranch + "'";
            Map<String, String> metadata = new TreeMap<>(request.metadata());
            metadata.put(".lakefs.merge.strategy", defaultStrategy ? "default" : strategy);
            List<String> parents = request.squash() ? List.of(head.id()) : List.of(head.id(), source.id());
            long generation = Math.max(head.generation(), request.squash() ? 0 : source.generation()) + 1;
            CommitState merge = newCommit(m, repository, parents, request.committer(), message, Instant.now(), tree, metadata,
                    generation);
            m.put(this.branches, key(repository, destinationBranch),
                    new BranchState(merge.id(), destination.stagingToken(), destination.hidden()));
            return merge.id();
        });
    }

    // ---- objects -----------------------------------------------------------------------------

    @Override
    public ObjectEntry statObject(String repository, String ref, String path) {
        ResolvedRef resolved = resolve(repository, ref);
        StoredEntry entry = lookup(repository, resolved, path);
        if (entry == null) {
            throw new StoreException(Kind.NOT_FOUND, "not found");
        }
        return entry.toObject(path);
    }

    private @Nullable StoredEntry lookup(String repository, ResolvedRef resolved, String path) {
        if (resolved.includesStaging() && resolved.branch() != null) {
            BranchState state = branch(repository, resolved.branch());
            StoredEntry staged = staging(state.stagingToken()).get(path);
            if (staged != null) {
                return staged.tombstone() ? null : staged;
            }
            return this.trees.get(commit(repository, state.headCommitId()).treeId(), path);
        }
        return this.trees.get(commit(repository, resolved.commitId()).treeId(), path);
    }

    @Override
    public Page<ListingItem> listObjects(String repository, String ref, PageRequest page, String delimiter) {
        ResolvedRef resolved = resolve(repository, ref);
        String treeId;
        MVMap<String, StoredEntry> staging = null;
        if (resolved.includesStaging() && resolved.branch() != null) {
            BranchState state = branch(repository, resolved.branch());
            treeId = commit(repository, state.headCommitId()).treeId();
            staging = staging(state.stagingToken());
        }
        else {
            treeId = commit(repository, resolved.commitId()).treeId();
        }
        List<ListingItem> found = new ArrayList<>();
        String from = startKey("", page.prefix(), page.after());
        Iterator<Map.Entry<String, StoredEntry>> view = StagedView.entries(this.trees, treeId, staging, from);
        while (view.hasNext() && found.size() <= page.amount()) {
            Map.Entry<String, StoredEntry> entry = view.next();
            String path = entry.getKey();
            if (!path.startsWith(page.prefix())) {
                break;
            }
            if (path.compareTo(page.after()) <= 0) {
                continue;
            }
            int index = delimiter.isEmpty() ? -1 : path.indexOf(delimiter, page.prefix().length());
            if (index >= 0) {
                String commonPrefix = path.substring(0, index + delimiter.length());
                if (commonPrefix.compareTo(page.after()) > 0) {
                    found.add(new CommonPrefix(commonPrefix));
                }
                view = StagedView.entries(this.trees, treeId, staging, commonPrefix + Character.MAX_VALUE);
                continue;
            }
            found.add(entry.getValue().toObject(path));
        }
        return Page.of(found, page.amount(), ListingItem::path);
    }

    @Override
    public ObjectEntry stageObject(String repository, String branch, StageRequest request) {
        return this.writes.write(repository, (m) -> stage(m, repository, branch, request));
    }

    private ObjectEntry stage(Mutations m, String repository, String branch, StageRequest request) {
        requireWritable(repository(repository), request.force());
        requireUnprotected(repository, branch, WRITE_TO_PROTECTED);
        BranchState state = branch(repository, branch);
        if (request.ifAbsent() && lookup(repository, new ResolvedRef(state.headCommitId(), branch, true),
                request.path()) != null) {
            throw new StoreException(Kind.PRECONDITION_FAILED, "path already exists");
        }
        long mtime = (request.mtime() != null) ? request.mtime() : now();
        String contentType = (request.contentType() != null && !request.contentType().isEmpty())
                ? request.contentType() : "application/octet-stream";
        StoredEntry entry = StoredEntry.of(request.physicalAddress(), request.checksum(), request.sizeBytes(), mtime,
                contentType, request.metadata());
        m.put(staging(state.stagingToken()), request.path(), entry);
        return entry.toObject(request.path());
    }

    @Override
    public void deleteObject(String repository, String branch, String path, boolean force) {
        this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), force);
            requireUnprotected(repository, branch, WRITE_TO_PROTECTED);
            BranchState state = branch(repository, branch);
            stageDeletion(m, repository, state, path);
            return null;
        });
    }

    private void stageDeletion(Mutations m, String repository, BranchState state, String path) {
        MVMap<String, StoredEntry> staging = staging(state.stagingToken());
        if (this.trees.get(commit(repository, state.headCommitId()).treeId(), path) != null) {
            m.put(staging, path, StoredEntry.TOMBSTONE);
        }
        else {
            m.remove(staging, path);
        }
    }

    @Override
    public List<DeleteError> deleteObjects(String repository, String branch, List<String> paths, boolean force) {
        return this.writes.write(repository, (m) -> {
            requireWritable(repository(repository), force);
            BranchState state = branch(repository, branch);
            if (repository(repository).branchProtection().protects(branch)) {
                return paths.stream().map((path) -> new DeleteError(path, 403, WRITE_TO_PROTECTED)).toList();
            }
            for (String path : paths) {
                stageDeletion(m, repository, state, path);
            }
            return List.of();
        });
    }

    @Override
    public ObjectEntry copyObject(String repository, String destinationBranch, String destinationPath,
            @Nullable String sourceRef, String sourcePath, boolean force) {
        RepositoryState repo = repository(repository);
        requireWritable(repo, force);
        requireUnprotected(repository, destinationBranch, WRITE_TO_PROTECTED);
        ObjectEntry source = statObject(repository, (sourceRef != null) ? sourceRef : destinationBranch, sourcePath);
        StoredBlob copy;
        try {
            copy = this.blockstore.copy(source.physicalAddress(), repo.storageNamespace());
        }
        catch (IOException ex) {
            throw new StoreException(Kind.INTERNAL, "copy failed: cannot copy the object's data", ex);
        }
        return stageObject(repository, destinationBranch, new StageRequest(destinationPath, copy.physicalAddress(),
                source.checksum(), source.sizeBytes(), source.contentType(), source.metadata(), null, false, force));
    }

    @Override
    public void replaceUserMetadata(String repository, String branch, String path, Map<String, String> metadata) {
        this.writes.write(repository, (m) -> {
            requireUnprotected(repository, branch, WRITE_TO_PROTECTED);
            BranchState state = branch(repository, branch);
            StoredEntry current = lookup(repository, new ResolvedRef(state.headCommitId(), branch, true), path);
            if (current == null) {
                throw new StoreException(Kind.NOT_FOUND, "not found");
            }
            m.put(staging(state.stagingToken()), path, StoredEntry.of(current.physicalAddress(), current.checksum(),
                    current.sizeBytes(), current.mtime(), current.contentType(), metadata));
            return null;
        });
    }

    // ---- staging API -------------------------------------------------------------------------

    @Override
    public String reservePhysicalAddress(String repository, String branch, String path) {
        RepositoryState repo = repository(repository);
        branch(repository, branch);
        return this.blockstore.newAddress(repo.storageNamespace());
    }

    @Override
    public ObjectEntry linkPhysicalAddress(String repository, String branch, StageRequest request) {
        requireUnprotected(repository, branch, WRITE_TO_PROTECTED);
        if (!this.blockstore.exists(request.physicalAddress())) {
            throw new StoreException(Kind.BAD_REQUEST, "physical address " + request.physicalAddress()
                    + " does not hold an object");
        }
        return this.writes.write(repository, (m) -> {
            m.put(this.sealedAddresses, request.physicalAddress(), Boolean.TRUE);
            return stage(m, repository, branch, request);
        });
    }

    @Override
    public PresignedMultipartUpload createPresignedMultipartUpload(String repository, String branch, String path) {
        String address = reservePhysicalAddress(repository, branch, path);
        return new PresignedMultipartUpload(this.blockstore.createMultipartUpload(address), address);
    }

    @Override
    public String copyPart(String physicalAddress, String uploadId, int partNumber, ObjectEntry source, long offset,
            long length) {
        try (BlobWriter part = this.blockstore.uploadPart(physicalAddress, uploadId, partNumber);
                FileChannel in = FileChannel.open(this.blockstore.file(source.physicalAddress()))) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            long position = offset;
            long end = offset + length;
            while (position < end) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), end - position));
                int read = in.read(buffer, position);
                if (read < 0) {
                    break;
                }
                buffer.flip();
                part.write(buffer);
                position += read;
            }
            return part.commit().checksum();
        }
        catch (IOException ex) {
            throw new StoreException(Kind.INTERNAL, "upload part copy: cannot copy " + source.path(), ex);
        }
    }

    @Override
    public ObjectEntry completePresignedMultipartUpload(String repository, String branch, String path, String uploadId,
            String physicalAddress, List<StoredBlob.Part> parts, @Nullable String contentType,
            Map<String, String> metadata, boolean ifAbsent) {
        StoredBlob blob;
        try {
            blob = this.blockstore.completeMultipartUpload(physicalAddress, uploadId, parts);
        }
        catch (IOException ex) {
            throw new StoreException(Kind.INTERNAL, "complete multipart upload: cannot assemble the parts", ex);
        }
        StageRequest request = new StageRequest(path, physicalAddress, blob.checksum(), blob.sizeBytes(), contentType,
                metadata, null, ifAbsent, false);
        return this.writes.write(repository, (m) -> {
            m.put(this.sealedAddresses, physicalAddress, Boolean.TRUE);
            return stage(m, repository, branch, request);
        });
    }

    @Override
    public void abortPresignedMultipartUpload(String repository, String branch, String path, String uploadId,
            String physicalAddress) {
        this.blockstore.abortMultipartUpload(physicalAddress, uploadId);
    }

    // ---- import ------------------------------------------------------------------------------

    @Override
    public String startImport(String repository, String branch, List<ImportSource> sources, CommitRequest commit,
            boolean force) {
        requireWritable(repository(repository), force);
        branch(repository, branch);
        return this.imports.start(repository, branch, sources, commit);
    }

    @Override
    public ImportStatus importStatus(String repository, String branch, String importId) {
        return this.imports.status(repository, importId);
    }

    @Override
    public void cancelImport(String repository, String branch, String importId) {
        this.imports.cancel(repository, importId);
    }

    /**
     * Commits imported entries on a branch, replacing what was under each destination; called by imports, which
     * record the outcome in the same write.
     */
    Commit commitImport(String repository, String branch, List<ImportSource> sources, Map<String, StoredEntry> imported,
            CommitRequest request, BiConsumer<Mutations, Commit> record) {
        return this.writes.write(repository, (m) -> {
            BranchState state = branch(repository, branch);
            if (!staging(state.stagingToken()).isEmpty()) {
                throw new StoreException(Kind.BAD_REQUEST, "uncommitted changes (dirty branch)");
            }
            CommitState head = commit(repository, state.headCommitId());
            Set<String> removals = new HashSet<>();
            for (ImportSource source : sources) {
                Iterator<Map.Entry<String, StoredEntry>> existing = this.trees.entries(head.treeId(), source.destination());
                while (existing.hasNext()) {
                    String path = existing.next().getKey();
                    if (!(source.commonPrefix() ? path.startsWith(source.destination())
                            : path.equals(source.destination()))) {
                        break;
                    }
                    removals.add(path);
                }
            }
            removals.removeAll(imported.keySet());
            String tree = copyTree(head.treeId(), imported, removals);
            Map<String, String> metadata = new TreeMap<>(request.metadata());
            metadata.put(".lakefs.merge.strategy", "source-wins");
            CommitState commit = newCommit(m, repository, List.of(head.id()), request.committer(), request.message(),
                    Instant.now(), tree, metadata, head.generation() + 1);
            m.put(this.branches, key(repository, branch), new BranchState(commit.id(), state.stagingToken(), state.hidden()));
            Commit done = commit.toCommit();
            record.accept(m, done);
            return done;
        });
    }

    // ---- S3 gateway multipart uploads -------------------------------------------------------

    @Override
    public void saveMultipartUpload(String uploadId, PendingMultipartUpload upload) {
        this.writes.write(upload.repository(), (m) -> {
            m.put(this.multipartUploads, uploadId, upload);
            return null;
        });
    }

    @Override
    public Optional<PendingMultipartUpload> multipartUpload(String uploadId) {
        return Optional.ofNullable(this.multipartUploads.get(uploadId));
    }

    @Override
    public void removeMultipartUpload(String uploadId) {
        PendingMultipartUpload upload = this.multipartUploads.get(uploadId);
        if (upload != null) {
            this.writes.write(upload.repository(), (m) -> {
                m.remove(this.multipartUploads, uploadId);
                return null;
            });
        }
    }

    FileBlockstore files() {
        return this.blockstore;
    }

    // ---- plumbing ----------------------------------------------------------------------------

    @Override
    public void close() {
        this.imports.close();
        this.writes.close();
    }

    private RepositoryState repository(String id) {
        RepositoryState state = this.repositories.get(id);
        if (state == null) {
            throw new StoreException(Kind.NOT_FOUND, "repository not found");
        }
        return state;
    }

    /** Refuses a change to a branch a protection rule covers, with lakeFS's message for the kind of change. */
    private void requireUnprotected(String repository, String branch, String message) {
        if (repository(repository).branchProtection().protects(branch)) {
            throw new StoreException(Kind.FORBIDDEN, message);
        }
    }

    private static void requireWritable(RepositoryState repository, boolean force) {
        if (repository.readOnly() && !force) {
            throw new StoreException(Kind.FORBIDDEN, "read-only repository");
        }
    }

    private BranchState branch(String repository, String name) {
        repository(repository);
        BranchState state = this.branches.get(key(repository, name));
        if (state == null) {
            throw new StoreException(Kind.NOT_FOUND, "branch not found");
        }
        return state;
    }

    private BranchState requireClean(String repository, String branch) {
        BranchState state = branch(repository, branch);
        if (!staging(state.stagingToken()).isEmpty()) {
            throw new StoreException(Kind.BAD_REQUEST, "uncommitted changes (dirty branch)");
        }
        return state;
    }

    private CommitState commit(String repository, String id) {
        CommitState commit = this.commits.get(key(repository, id));
        if (commit == null) {
            throw new StoreException(Kind.NOT_FOUND, "commit not found");
        }
        return commit;
    }

    private CommitState newCommit(Mutations m, String repository, List<String> parents, String committer, String message,
            Instant created, String treeId, Map<String, String> metadata, long generation) {
        String id = sha256(repository + "\n" + parents + "\n" + committer + "\n" + message + "\n" + created + "\n"
                + treeId + "\n" + new TreeMap<>(metadata) + "\n" + UUID.randomUUID());
        CommitState commit = new CommitState(id, new ArrayList<>(parents), committer, message,
                created.getEpochSecond(), treeId, new TreeMap<>(metadata), generation,
                created.getEpochSecond() * 1_000_000_000L + created.getNano());
        m.put(this.commits, key(repository, id), commit);
        return commit;
    }

    private MVMap<String, StoredEntry> staging(String token) {
        return this.mvStore.openMap("staging/" + token);
    }

    private void dropStaging(Mutations m, String token) {
        m.afterSuccess(() -> this.mvStore.removeMap(staging(token)));
    }

    private static String newStagingToken() {
        return UUID.randomUUID().toString();
    }

    /** A new tree: the staged changes applied to a committed tree. */
    private String applyStaging(String treeId, MVMap<String, StoredEntry> staging) {
        Map<String, StoredEntry> changes = new HashMap<>();
        Set<String> removals = new HashSet<>();
        for (Cursor<String, StoredEntry> cursor = staging.cursor(null); cursor.hasNext();) {
            String path = cursor.next();
            StoredEntry staged = cursor.getValue();
            StoredEntry committed = this.trees.get(treeId, path);
            if (staged.tombstone()) {
                if (committed != null) {
                    removals.add(path);
                }
            }
            else if (committed == null || !committed.sameAs(staged)) {
                changes.put(path, staged);
            }
        }
        if (changes.isEmpty() && removals.isEmpty()) {
            return treeId;
        }
        return copyTree(treeId, changes, removals);
    }

    private String copyTree(String treeId, Map<String, StoredEntry> changes, Set<String> removals) {
        return this.trees.apply(treeId, changes, removals);
    }

    private static Iterator<Map.Entry<String, StoredEntry>> entries(MVMap<String, StoredEntry> map, String from) {
        Cursor<String, StoredEntry> cursor = map.cursor(from.isEmpty() ? null : from);
        return new Iterator<>() {

            @Override
            public boolean hasNext() {
                return cursor.hasNext();
            }

            @Override
            public Map.Entry<String, StoredEntry> next() {
                String key = cursor.next();
                return Map.entry(key, cursor.getValue());
            }

        };
    }

    private static Iterator<Map.Entry<String, StoredEntry>> stagedEntries(MVMap<String, StoredEntry> staging,
            String from) {
        return entries(staging, from);
    }

    private static String startKey(String scope, String prefix, String after) {
        String first = scope + prefix;
        String afterKey = scope + after;
        return (after.isEmpty() || first.compareTo(afterKey) > 0) ? first : afterKey;
    }

    private static String requirePath(@Nullable String path) {
        if (path == null) {
            throw new StoreException(Kind.BAD_REQUEST, "path is required");
        }
        return path;
    }

    private static String key(String repository, String name) {
        return repository + "/" + name;
    }

    private static String trimSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }

    private static boolean isHex(String value) {
        return value.chars().allMatch((c) -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }


}
