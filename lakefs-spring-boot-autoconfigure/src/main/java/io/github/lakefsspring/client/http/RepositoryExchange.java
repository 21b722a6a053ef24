package io.github.lakefsspring.client.http;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RequestBodies.BranchProtectionRule;
import io.github.lakefsspring.client.http.RequestBodies.RefsRestore;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryCreation;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryMetadataKeys;
import io.github.lakefsspring.client.http.RequestBodies.RepositoryMetadataSet;
import io.github.lakefsspring.client.http.RequestBodies.StorageUri;
import io.github.lakefsspring.client.http.RequestBodies.TaskInfo;
import io.github.lakefsspring.client.model.GarbageCollectionRules;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.RefsTaskStatus;
import io.github.lakefsspring.client.model.Repository;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;

/** lakeFS's repository operations. */
public interface RepositoryExchange {

    @PostExchange("/repositories")
    @LakeFSOperation(value = "createRepository", idempotent = false)
    Repository createRepository(@RequestBody RepositoryCreation creation);

    @GetExchange("/repositories/{repository}")
    @LakeFSOperation(value = "getRepository", idempotent = true)
    Repository getRepository(@PathVariable("repository") String repository);

    @GetExchange("/repositories")
    @LakeFSOperation(value = "listRepositories", idempotent = true)
    Page<Repository> listRepositories(@RequestParam(name = "prefix", required = false) @Nullable String prefix,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @RequestParam("amount") int amount);

    @DeleteExchange("/repositories/{repository}")
    @LakeFSOperation(value = "deleteRepository", idempotent = true)
    void deleteRepository(@PathVariable("repository") String repository);

    @GetExchange("/repositories/{repository}/metadata")
    @LakeFSOperation(value = "getRepositoryMetadata", idempotent = true)
    Map<String, String> getRepositoryMetadata(@PathVariable("repository") String repository);

    @PostExchange("/repositories/{repository}/metadata")
    @LakeFSOperation(value = "setRepositoryMetadata", idempotent = true)
    void setRepositoryMetadata(@PathVariable("repository") String repository, @RequestBody RepositoryMetadataSet metadata);

    @DeleteExchange("/repositories/{repository}/metadata")
    @LakeFSOperation(value = "deleteRepositoryMetadata", idempotent = true)
    void deleteRepositoryMetadata(@PathVariable("repository") String repository, @RequestBody RepositoryMetadataKeys keys);

    @GetExchange("/repositories/{repository}/settings/branch_protection")
    @LakeFSOperation(value = "getBranchProtectionRules", idempotent = true)
    ResponseEntity<List<BranchProtectionRule>> getBranchProtectionRules(@PathVariable("repository") String repository);

    @PutExchange("/repositories/{repository}/settings/branch_protection")
    @LakeFSOperation(value = "setBranchProtectionRules", idempotent = false)
    void setBranchProtectionRules(@PathVariable("repository") String repository,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            @RequestBody List<BranchProtectionRule> rules);

    @GetExchange("/repositories/{repository}/settings/gc_rules")
    @LakeFSOperation(value = "getGCRules", idempotent = true)
    GarbageCollectionRules getGCRules(@PathVariable("repository") String repository);

    @PutExchange("/repositories/{repository}/settings/gc_rules")
    @LakeFSOperation(value = "setGCRules", idempotent = true)
    void setGCRules(@PathVariable("repository") String repository, @RequestBody GarbageCollectionRules rules);

    @DeleteExchange("/repositories/{repository}/settings/gc_rules")
    @LakeFSOperation(value = "deleteGCRules", idempotent = true)
    void deleteGCRules(@PathVariable("repository") String repository);

    @PostExchange("/repositories/{repository}/dump")
    @LakeFSOperation(value = "dumpSubmit", idempotent = false)
    TaskInfo dumpSubmit(@PathVariable("repository") String repository);

    @GetExchange("/repositories/{repository}/dump")
    @LakeFSOperation(value = "dumpStatus", idempotent = true)
    RefsTaskStatus dumpStatus(@PathVariable("repository") String repository, @RequestParam("task_id") String taskId);

    @PostExchange("/repositories/{repository}/restore")
    @LakeFSOperation(value = "restoreSubmit", idempotent = false)
    TaskInfo restoreSubmit(@PathVariable("repository") String repository, @RequestBody RefsRestore restore);

    @GetExchange("/repositories/{repository}/restore")
    @LakeFSOperation(value = "restoreStatus", idempotent = true)
    RefsTaskStatus restoreStatus(@PathVariable("repository") String repository,
            @RequestParam("task_id") String taskId);

    @GetExchange("/repositories/{repository}/metadata/meta_range/{metaRange}")
    @LakeFSOperation(value = "getMetaRange", idempotent = true)
    StorageUri getMetaRange(@PathVariable("repository") String repository, @PathVariable("metaRange") String metaRange);

    @GetExchange("/repositories/{repository}/metadata/range/{range}")
    @LakeFSOperation(value = "getRange", idempotent = true)
    StorageUri getRange(@PathVariable("repository") String repository, @PathVariable("range") String range);

}
