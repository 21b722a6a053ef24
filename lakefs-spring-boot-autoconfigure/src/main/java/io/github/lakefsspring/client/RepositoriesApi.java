package io.github.lakefsspring.client;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RepositoryExchange;
import io.github.lakefsspring.client.http.RequestBodies.BranchProtectionRule;
import io.github.lakefsspring.client.http.RequestBodies.RefsRestore;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryCreation;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryMetadataKeys;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryMetadataSet;
import io.github.lakefsspring.client.model.BranchProtection;
import io.github.lakefsspring.client.model.GarbageCollectionRules;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.RefsDump;
import io.github.lakefsspring.client.model.RefsTaskStatus;
import io.github.lakefsspring.client.model.Repository;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Repository calls: create, get, list, delete, repository metadata, branch protection and garbage collection
 * rules.
 *
 * @since 0.1.0
 */
public final class RepositoriesApi {

    private final RepositoryExchange exchange;

    RepositoriesApi(RepositoryExchange exchange) {
        this.exchange = exchange;
    }

    /**
     * Creates a repository (not retried).
     * @param id the repository id
     * @param storageNamespace where its data lives, e.g. {@code s3://bucket/repos/id}
     * @param defaultBranch its default branch
     * @param sampleData whether lakeFS fills it with sample data
     * @param storageId the storage to use where lakeFS has several, or {@code null}
     * @return the repository
     */
    public Repository create(String id, String storageNamespace, String defaultBranch, boolean sampleData,
            @Nullable String storageId) {
        return this.exchange.createRepository(new RepositoryCreation(id, storageNamespace, defaultBranch, sampleData,
                storageId));
    }

    /** @return the repository with this id */
    public Repository get(String id) {
        return this.exchange.getRepository(id);
    }

    /**
     * One page of repositories.
     * @param prefix only ids starting with it, or {@code null}
     * @param after only ids after it, or {@code null}
     * @param amount the page size, 1 to 1000
     * @return the page
     */
    public Page<Repository> list(@Nullable String prefix, @Nullable String after, int amount) {
        return this.exchange.listRepositories(prefix, after, amount);
    }

    /** Deletes a repository; its storage namespace cannot be used again. */
    public void delete(String id) {
        this.exchange.deleteRepository(id);
    }

    /** @return the repository's metadata */
    public Map<String, String> metadata(String id) {
        return this.exchange.getRepositoryMetadata(id);
    }

    /** Sets (adds or replaces) metadata entries of a repository. */
    public void setMetadata(String id, Map<String, String> metadata) {
        this.exchange.setRepositoryMetadata(id, new RepositoryMetadataSet(metadata));
    }

    /** Removes metadata entries of a repository. */
    public void deleteMetadata(String id, List<String> keys) {
        this.exchange.deleteRepositoryMetadata(id, new RepositoryMetadataKeys(keys));
    }

    /** @return the repository's branch protection rules and their version */
    public BranchProtection branchProtection(String id) {
        ResponseEntity<List<BranchProtectionRule>> answer = this.exchange.getBranchProtectionRules(id);
        List<BranchProtectionRule> rules = (answer.getBody() != null) ? answer.getBody() : List.of();
        String etag = answer.getHeaders().getFirst(HttpHeaders.ETAG);
        return new BranchProtection(rules.stream().map(BranchProtectionRule::pattern).toList(),
                (etag != null) ? etag : "");
    }

    /**
     * Replaces the repository's branch protection rules (not retried). lakeFS applies new rules within a few
     * seconds (it caches them).
     * @param patterns branch name patterns (lakeFS's globs: {@code *}, {@code ?}, {@code [...]}, {@code {a,b}});
     * empty to remove every rule
     * @param ifMatch the {@link BranchProtection#etag()} the rules were read with, so that a concurrent change
     * fails with {@link PreconditionFailedException} instead of being overwritten; {@code null} to replace whatever
     * is there
     * @throws IllegalArgumentException for an empty pattern or an empty {@code ifMatch}, before any request
     */
    public void setBranchProtection(String id, List<String> patterns, @Nullable String ifMatch) {
        patterns.forEach(BranchProtection::requirePattern);
        if (ifMatch != null && ifMatch.isEmpty()) {
            throw new IllegalArgumentException("ifMatch '' is invalid: pass the ETag the rules were read with, or "
                    + "null to replace them unconditionally");
        }
        this.exchange.setBranchProtectionRules(id, ifMatch,
                patterns.stream().map(BranchProtectionRule::new).toList());
    }

    /**
     * @return the repository's garbage collection rules
     * @throws NotFoundException when the repository has none (or does not exist)
     */
    public GarbageCollectionRules gcRules(String id) {
        return this.exchange.getGCRules(id);
    }

    /** Replaces the repository's garbage collection rules. */
    public void setGcRules(String id, GarbageCollectionRules rules) {
        this.exchange.setGCRules(id, rules);
    }

    /** Removes the repository's garbage collection rules. */
    public void deleteGcRules(String id) {
        this.exchange.deleteGCRules(id);
    }

    /**
     * Starts writing a repository's refs (commits, branches, tags) to its storage namespace, in the background.
     * @return the task id, for {@link #dumpStatus}
     */
    public String dumpRefs(String id) {
        return this.exchange.dumpSubmit(id).id();
    }

    /** @return the progress of a refs dump; once done, {@code refs()} says where it wrote them */
    public RefsTaskStatus dumpStatus(String id, String taskId) {
        return this.exchange.dumpStatus(id, taskId);
    }

    /**
     * Starts restoring refs a dump wrote into a repository, in the background (into an empty repository unless
     * {@code force}).
     * @return the task id, for {@link #restoreStatus}
     */
    public String restoreRefs(String id, RefsDump refs, boolean force) {
        return this.exchange
            .restoreSubmit(id, new RefsRestore(refs.commitsMetaRangeId(), refs.tagsMetaRangeId(),
                    refs.branchesMetaRangeId(), force))
            .id();
    }

    /** @return the progress of a refs restore */
    public RefsTaskStatus restoreStatus(String id, String taskId) {
        return this.exchange.restoreStatus(id, taskId);
    }

    /** @return where a meta-range is stored, relative to the storage namespace or absolute */
    public String metaRangeLocation(String id, String metaRangeId) {
        return this.exchange.getMetaRange(id, metaRangeId).location();
    }

    /** @return where a range is stored, relative to the storage namespace or absolute */
    public String rangeLocation(String id, String rangeId) {
        return this.exchange.getRange(id, rangeId).location();
    }

}
