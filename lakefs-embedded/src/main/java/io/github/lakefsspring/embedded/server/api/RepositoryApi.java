package io.github.lakefsspring.embedded.server.api;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.validation.ObjectSchemaBuilder;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.store.BranchProtection;
import io.github.lakefsspring.embedded.store.GcRules;
import io.github.lakefsspring.embedded.store.Repository;
import io.github.lakefsspring.embedded.store.StoreException;
import io.github.lakefsspring.embedded.store.VersionedStore;

/**
 * Repository operations: create, list, get, delete and repository metadata.
 */
public final class RepositoryApi {

    private final VersionedStore store;

    public RepositoryApi(VersionedStore store) {
        this.store = store;
    }

    private boolean exists(String id) {
        try {
            this.store.getRepository(id);
            return true;
        }
        catch (StoreException ex) {
            return false;
        }
    }

    public void register(Routes routes) {
        routes.get("/repositories", "ListRepositories")
            .parameters(ParameterSpec.pagination())
            .parameters(ParameterSpec.emptyAllowed("search"))
            .blocking((request) -> ApiResponse.json(200, Views.page(
                    this.store.listRepositories(Inputs.page(request), request.queryOrEmpty("search")),
                    Views::repository)));
        routes.post("/repositories", "CreateRepository")
            .parameters(ParameterSpec.flag("bare"))
            .body(ObjectSchemaBuilder.component("RepositoryCreation")
                .required("name", Schema.pattern("^[a-z0-9][a-z0-9-]{2,62}$"))
                .required("storage_namespace", Schema.pattern("^(s3|gs|https?|mem|local|transient)://.*$"))
                .optional("default_branch", Schema.string())
                .optional("sample_data", Schema.bool())
                .optional("read_only", Schema.bool())
                .optional("storage_id", Schema.string())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                String name = Inputs.text(body, "name");
                if (exists(name)) {
                    throw new ApiException(409, "error creating repository: not unique");
                }
                if (!Inputs.text(body, "storage_id").isEmpty()) {
                    throw ApiException.badRequest("storage id: invalid value: validation error");
                }
                String defaultBranch = Inputs.text(body, "default_branch");
                boolean bare = request.flag("bare");
                Repository repository = this.store.createRepository(name, Inputs.text(body, "storage_namespace"),
                        Inputs.branchName(defaultBranch.isEmpty() ? "main" : defaultBranch), bare,
                        Inputs.flag(body, "read_only"));
                if (Inputs.flag(body, "sample_data") && !bare) {
                    SampleRepository.populate(this.store, repository, Inputs.committer(request));
                }
                return ApiResponse.json(201, Views.repository(repository));
            });
        routes.get("/repositories/{repository}", "GetRepository")
            .blocking((request) -> ApiResponse.json(200,
                    Views.repository(this.store.getRepository(Inputs.repository(request)))));
        routes.delete("/repositories/{repository}", "DeleteRepository")
            .parameters(ParameterSpec.flag("force"))
            .blocking((request) -> {
                this.store.deleteRepository(Inputs.repository(request), request.flag("force"));
                return ApiResponse.noContent();
            });
        routes.get("/repositories/{repository}/metadata/meta_range/{meta_range}", "GetMetaRange")
            .blocking((request) -> ApiResponse.json(200, metadataLocation(request, "meta_range")));
        routes.get("/repositories/{repository}/metadata/range/{range}", "GetRange")
            .blocking((request) -> ApiResponse.json(200, metadataLocation(request, "range")));
        routes.get("/repositories/{repository}/metadata", "GetRepositoryMetadata")
            .blocking((request) -> ApiResponse.json(200,
                    new TreeMap<>(this.store.getRepositoryMetadata(Inputs.repository(request)))));
        routes.post("/repositories/{repository}/metadata", "SetRepositoryMetadata")
            .body(ObjectSchemaBuilder.component("RepositoryMetadataSet")
                .required("metadata", Schema.stringMap())
                .build())
            .blocking((request) -> {
                Map<String, String> metadata = Inputs.stringMap(request.json().path("metadata"));
                this.store.setRepositoryMetadata(Inputs.repository(request), metadata);
                return ApiResponse.noContent();
            });
        routes.delete("/repositories/{repository}/metadata", "DeleteRepositoryMetadata")
            .body(ObjectSchemaBuilder.component("RepositoryMetadataKeys")
                .required("keys", Schema.arrayOf(Schema.string()))
                .build())
            .blocking((request) -> {
                this.store.deleteRepositoryMetadata(Inputs.repository(request),
                        new HashSet<>(Inputs.strings(request.json().path("keys"))));
                return ApiResponse.noContent();
            });
        registerSettings(routes);
    }

    /** Branch protection (enforced by the store) and garbage collection rules (kept and returned). */
    private void registerSettings(Routes routes) {
        routes.get("/repositories/{repository}/settings/branch_protection", "GetBranchProtectionRules")
            .blocking((request) -> {
                BranchProtection rules = this.store.getBranchProtection(Inputs.repository(request));
                List<Map<String, String>> body = rules.patterns().stream().map((pattern) -> Map.of("pattern", pattern))
                    .toList();
                return ApiResponse.json(200, body).withHeader("ETag", rules.etag());
            });
        routes.put("/repositories/{repository}/settings/branch_protection", "SetBranchProtectionRules")
            .parameters(ParameterSpec.header("If-Match"))
            .body(Schema.arrayOf(ObjectSchemaBuilder.component("BranchProtectionRule")
                .required("pattern", Schema.nonEmptyString())
                .build()))
            .blocking((request) -> {
                String ifMatch = request.header("if-match");
                if (ifMatch != null && ifMatch.isEmpty()) {
                    throw ApiException.plainText(400,
                            "Invalid format for parameter If-Match: parameter 'If-Match' is empty, can't bind its value");
                }
                List<String> patterns = new ArrayList<>();
                request.json().forEach((rule) -> patterns.add(Inputs.text(rule, "pattern")));
                this.store.setBranchProtection(Inputs.repository(request), new BranchProtection(patterns), ifMatch);
                return ApiResponse.noContent();
            });
        routes.get("/repositories/{repository}/settings/gc_rules", "GetGCRules")
            .blocking((request) -> {
                GcRules rules = this.store.getGcRules(Inputs.repository(request))
                    .orElseThrow(() -> new ApiException(404, "not found"));
                Map<String, Object> body = new TreeMap<>();
                body.put("default_retention_days", rules.defaultRetentionDays());
                body.put("branches", rules.branchRetentionDays().isEmpty() ? null : rules.branchRetentionDays()
                    .entrySet()
                    .stream()
                    .map((rule) -> Map.of("branch_id", rule.getKey(), "retention_days", rule.getValue()))
                    .toList());
                return ApiResponse.json(200, body);
            });
        routes.put("/repositories/{repository}/settings/gc_rules", "SetGCRules")
            .body(ObjectSchemaBuilder.component("GarbageCollectionRules")
                .required("default_retention_days", Schema.integer())
                .required("branches", Schema.arrayOf(ObjectSchemaBuilder.component("GarbageCollectionRule")
                    .required("branch_id", Schema.string())
                    .required("retention_days", Schema.integer())
                    .build()))
                .build())
            .blocking((request) -> {
                Map<String, Integer> branches = new TreeMap<>();
                request.json().path("branches").forEach((rule) -> branches.put(Inputs.text(rule, "branch_id"),
                        rule.path("retention_days").asInt()));
                this.store.setGcRules(Inputs.repository(request),
                        new GcRules(request.json().path("default_retention_days").asInt(), branches));
                return ApiResponse.noContent();
            });
        routes.delete("/repositories/{repository}/settings/gc_rules", "DeleteGCRules")
            .blocking((request) -> {
                this.store.setGcRules(Inputs.repository(request), null);
                return ApiResponse.noContent();
            });
    }

    /** Where lakeFS says a meta-range or range lives, relative to the storage namespace, as it says it for any id. */
    private Map<String, Object> metadataLocation(ApiRequest request, String idParameter) {
        this.store.getRepository(Inputs.repository(request));
        return Map.of("location", "_lakefs/" + request.path(idParameter));
    }

}
