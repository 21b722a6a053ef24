package io.github.lakefsspring.embedded.server.api;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

import io.github.lakefsspring.embedded.server.actions.ActionsService;
import io.github.lakefsspring.embedded.server.actions.RepositoryEvent;
import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.validation.ObjectSchemaBuilder;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.store.Branch;
import io.github.lakefsspring.embedded.store.Commit;
import io.github.lakefsspring.embedded.store.CommitOverrides;
import io.github.lakefsspring.embedded.store.CommitRequest;
import io.github.lakefsspring.embedded.store.DiffQuery;
import io.github.lakefsspring.embedded.store.LogQuery;
import io.github.lakefsspring.embedded.store.MergeBase;
import io.github.lakefsspring.embedded.store.MergeConflictException;
import io.github.lakefsspring.embedded.store.MergeRequest;
import io.github.lakefsspring.embedded.store.Tag;
import io.github.lakefsspring.embedded.store.VersionedStore;

/**
 * Branch, tag, commit, log, diff and merge operations.
 */
public final class RefApi {

    private final VersionedStore store;

    private final ActionsService actions;

    private final HookedMerges merges;

    public RefApi(VersionedStore store, ActionsService actions) {
        this.store = store;
        this.actions = actions;
        this.merges = new HookedMerges(store, actions);
    }

    public void register(Routes routes) {
        registerBranches(routes);
        registerTags(routes);
        registerCommits(routes);
        registerDiffAndMerge(routes);
    }

    private void registerBranches(Routes routes) {
        routes.get("/repositories/{repository}/branches", "ListBranches")
            .parameters(ParameterSpec.pagination())
            .parameters(ParameterSpec.flag("show_hidden"))
            .blocking((request) -> ApiResponse.json(200, Views.page(this.store.listBranches(
                    Inputs.repository(request), Inputs.page(request), request.flag("show_hidden")), RefApi::ref)));
        routes.post("/repositories/{repository}/branches", "CreateBranch")
            .body(ObjectSchemaBuilder.component("BranchCreation")
                .required("name", Schema.string())
                .required("source", Schema.string())
                .optional("force", Schema.bool())
                .optional("hidden", Schema.bool())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                String repository = Inputs.repository(request);
                String name = Inputs.branchName(Inputs.text(body, "name"));
                String source = Inputs.ref(Inputs.text(body, "source"));
                RepositoryEvent event = RepositoryEvent.ofRef("pre-create-branch", repository, name, source,
                        this.store.resolve(repository, source).commitId(), null);
                this.actions.before(event, "");
                Branch branch = this.store.createBranch(repository, name, source, Inputs.flag(body, "hidden"),
                        Inputs.flag(body, "force"));
                this.actions.after(event.after("post-create-branch", branch.commitId()));
                return ApiResponse.text(201, branch.commitId(), "text/plain; charset=utf-8");
            });
        routes.get("/repositories/{repository}/branches/{branch}", "GetBranch")
            .blocking((request) -> ApiResponse.json(200,
                    ref(this.store.getBranch(Inputs.repository(request), Inputs.branch(request)))));
        routes.delete("/repositories/{repository}/branches/{branch}", "DeleteBranch")
            .parameters(ParameterSpec.flag("force"))
            .blocking((request) -> {
                String repository = Inputs.repository(request);
                String name = Inputs.branch(request);
                RepositoryEvent event = RepositoryEvent.ofRef("pre-delete-branch", repository, name,
                        this.store.getBranch(repository, name).commitId(), null, null);
                this.actions.before(event, "");
                this.store.deleteBranch(repository, name, request.flag("force"));
                this.actions.after(event.after("post-delete-branch", null));
                return ApiResponse.noContent();
            });
        routes.put("/repositories/{repository}/branches/{branch}", "ResetBranch")
            .body(ObjectSchemaBuilder.component("ResetCreation")
                .required("type", Schema.oneOf("object", "common_prefix", "reset"))
                .optional("path", Schema.string())
                .optional("force", Schema.bool())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                this.store.resetBranch(Inputs.repository(request), Inputs.branch(request), Inputs.text(body, "type"),
                        Inputs.optionalText(body, "path"), Inputs.flag(body, "force"));
                return ApiResponse.noContent();
            });
        routes.put("/repositories/{repository}/branches/{branch}/hard_reset", "HardResetBranch")
            .parameters(ParameterSpec.query("ref").mandatory(), ParameterSpec.flag("force"))
            .blocking((request) -> {
                this.store.hardResetBranch(Inputs.repository(request), Inputs.branch(request),
                        Inputs.ref(request.queryOrEmpty("ref")), request.flag("force"));
                return ApiResponse.noContent();
            });
        routes.post("/repositories/{repository}/branches/{branch}/revert", "RevertBranch")
            .body(ObjectSchemaBuilder.component("RevertCreation")
                .required("ref", Schema.string())
                .required("parent_number", Schema.integer())
                .optional("commit_overrides", ObjectSchemaBuilder.inline().build())
                .optional("force", Schema.bool())
                .optional("allow_empty", Schema.bool())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                String repository = Inputs.repository(request);
                String branch = Inputs.branch(request);
                String ref = Inputs.ref(Inputs.text(body, "ref"));
                CommitOverrides overrides = overrides(body.path("commit_overrides"));
                RepositoryEvent event = new RepositoryEvent("pre-revert", repository, branch, branch, null,
                        overrides.revertMessage(ref), Inputs.committer(request), overrides.revertMetadata(), null,
                        null);
                this.actions.before(event, "update branch: ");
                Commit commit = this.store.revert(repository, branch, ref, body.path("parent_number").asInt(0),
                        overrides, Inputs.flag(body, "allow_empty"), Inputs.flag(body, "force"),
                        Inputs.committer(request));
                this.actions.after(event.committed("post-revert", commit.id()));
                return ApiResponse.noContent();
            });
        routes.post("/repositories/{repository}/branches/{branch}/cherry-pick", "CherryPick")
            .body(ObjectSchemaBuilder.component("CherryPickCreation")
                .required("ref", Schema.string())
                .optional("parent_number", Schema.integer())
                .optional("commit_overrides", ObjectSchemaBuilder.inline().build())
                .optional("force", Schema.bool())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                JsonNode parent = body.path("parent_number");
                String repository = Inputs.repository(request);
                String branch = Inputs.branch(request);
                String ref = Inputs.ref(Inputs.text(body, "ref"));
                CommitOverrides overrides = overrides(body.path("commit_overrides"));
                Commit picked = this.store.getCommit(repository, this.store.resolve(repository, ref).commitId());
                RepositoryEvent event = new RepositoryEvent("pre-cherry-pick", repository, branch, branch, null,
                        overrides.cherryPickMessage(picked.message()), Inputs.committer(request),
                        overrides.cherryPickMetadata(picked.metadata(), picked.id(), picked.committer()), null, null);
                this.actions.before(event, "update branch: ");
                Commit commit = this.store.cherryPick(repository, branch, ref, parent.isMissingNode() || parent.isNull()
                        ? null : parent.asInt(), overrides, Inputs.flag(body, "force"), Inputs.committer(request));
                this.actions.after(event.committed("post-cherry-pick", commit.id()));
                return ApiResponse.json(201, Views.commit(commit));
            });
    }

    private void registerTags(Routes routes) {
        routes.get("/repositories/{repository}/tags", "ListTags")
            .parameters(ParameterSpec.pagination())
            .blocking((request) -> ApiResponse.json(200,
                    Views.page(this.store.listTags(Inputs.repository(request), Inputs.page(request)), RefApi::tag)));
        routes.post("/repositories/{repository}/tags", "CreateTag")
            .body(ObjectSchemaBuilder.component("TagCreation")
                .required("id", Schema.string())
                .required("ref", Schema.string())
                .optional("force", Schema.bool())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                String repository = Inputs.repository(request);
                String id = tagId(Inputs.text(body, "id"));
                String ref = Inputs.ref(Inputs.text(body, "ref"));
                String commit = this.store.resolve(repository, ref).commitId();
                RepositoryEvent event = RepositoryEvent.ofRef("pre-create-tag", repository, "", commit, commit, id);
                this.actions.before(event, "");
                Tag tag = this.store.createTag(repository, id, ref, Inputs.flag(body, "force"));
                this.actions.after(event.after("post-create-tag", tag.commitId()));
                return ApiResponse.json(201, tag(tag));
            });
        routes.get("/repositories/{repository}/tags/{tag}", "GetTag")
            .blocking((request) -> ApiResponse.json(200,
                    tag(this.store.getTag(Inputs.repository(request), request.path("tag")))));
        routes.delete("/repositories/{repository}/tags/{tag}", "DeleteTag")
            .parameters(ParameterSpec.flag("force"))
            .blocking((request) -> {
                String repository = Inputs.repository(request);
                String id = request.path("tag");
                String commit = this.store.getTag(repository, id).commitId();
                RepositoryEvent event = RepositoryEvent.ofRef("pre-delete-tag", repository, "", commit, commit, id);
                this.actions.before(event, "");
                this.store.deleteTag(repository, id, request.flag("force"));
                this.actions.after(event.after("post-delete-tag", commit));
                return ApiResponse.noContent();
            });
    }

    private void registerCommits(Routes routes) {
        routes.post("/repositories/{repository}/branches/{branch}/commits", "Commit")
            .body(ObjectSchemaBuilder.component("CommitCreation")
                .required("message", Schema.string())
                .optional("metadata", Schema.stringMap())
                .optional("date", Schema.integer())
                .optional("allow_empty", Schema.bool())
                .optional("force", Schema.bool())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                JsonNode date = body.path("date");
                String repository = Inputs.repository(request);
                String branch = Inputs.branch(request);
                CommitRequest commitRequest = new CommitRequest(Inputs.committer(request), Inputs.text(body, "message"),
                        Inputs.stringMap(body.path("metadata")), date.isMissingNode() || date.isNull() ? null : date.asLong(),
                        Inputs.flag(body, "allow_empty"), Inputs.flag(body, "force"));
                RepositoryEvent event = new RepositoryEvent("pre-commit", repository, branch, branch, null,
                        commitRequest.message(), commitRequest.committer(), commitRequest.metadata(), null, null);
                this.actions.before(event, "");
                Commit commit = this.store.commit(repository, branch, commitRequest);
                this.actions.after(event.committed("post-commit", commit.id()));
                return ApiResponse.json(201, Views.commit(commit));
            });
        routes.get("/repositories/{repository}/commits/{commitId}", "GetCommit")
            .blocking((request) -> ApiResponse.json(200, Views.commit(
                    this.store.getCommit(Inputs.repository(request), request.path("commitId")))));
        routes.get("/repositories/{repository}/refs/{ref}/commits", "LogCommits")
            .parameters(ParameterSpec.emptyAllowed("after"), ParameterSpec.amount(),
                    ParameterSpec.query("objects").ofKind(ParameterSpec.Kind.STRING_ARRAY),
                    ParameterSpec.query("prefixes").ofKind(ParameterSpec.Kind.STRING_ARRAY),
                    ParameterSpec.flag("limit"), ParameterSpec.flag("first_parent"),
                    ParameterSpec.query("since").ofKind(ParameterSpec.Kind.DATE_TIME), ParameterSpec.query("stop_at"))
            .blocking((request) -> {
                String since = request.query("since");
                LogQuery query = new LogQuery(request.queryOrEmpty("after"), request.amount(),
                        request.query().all("objects"), request.query().all("prefixes"), request.flag("limit"),
                        request.flag("first_parent"), (since == null) ? null : Instant.parse(since),
                        request.query("stop_at"));
                return ApiResponse.json(200, Views.page(this.store.log(Inputs.repository(request),
                        Inputs.ref(request.path("ref")), query), Views::commit));
            });
    }

    private void registerDiffAndMerge(Routes routes) {
        routes.get("/repositories/{repository}/refs/{leftRef}/diff/{rightRef}", "DiffRefs")
            .parameters(ParameterSpec.emptyAllowed("after"), ParameterSpec.amount(), ParameterSpec.emptyAllowed("prefix"),
                    ParameterSpec.emptyAllowed("delimiter"), ParameterSpec.query("type").oneOf("two_dot", "three_dot"),
                    ParameterSpec.flag("include_right_stats"))
            .blocking((request) -> ApiResponse.json(200, Views.page(this.store.diff(Inputs.repository(request),
                    Inputs.ref(request.path("leftRef")), Inputs.ref(request.path("rightRef")),
                    diffQuery(request, "two_dot".equals(request.query("type")))), Views::change)));
        routes.get("/repositories/{repository}/branches/{branch}/diff", "DiffBranch")
            .parameters(ParameterSpec.emptyAllowed("after"), ParameterSpec.amount(), ParameterSpec.emptyAllowed("prefix"),
                    ParameterSpec.emptyAllowed("delimiter"), ParameterSpec.flag("include_right_stats"))
            .blocking((request) -> ApiResponse.json(200, Views.page(this.store.diffUncommitted(
                    Inputs.repository(request), Inputs.branch(request), diffQuery(request, false)), Views::change)));
        routes.post("/repositories/{repository}/refs/{sourceRef}/merge/{destinationBranch}", "MergeIntoBranch")
            .optionalBody(ObjectSchemaBuilder.component("Merge")
                .optional("message", Schema.string())
                .optional("metadata", Schema.stringMap())
                .optional("strategy", Schema.string())
                .optional("force", Schema.bool())
                .optional("allow_empty", Schema.bool())
                .optional("squash_merge", Schema.bool())
                .build())
            .blocking((request) -> {
                JsonNode body = request.json();
                MergeRequest merge = new MergeRequest(Inputs.committer(request), Inputs.optionalText(body, "message"),
                        Inputs.stringMap(body.path("metadata")), Inputs.optionalText(body, "strategy"),
                        Inputs.flag(body, "force"), Inputs.flag(body, "allow_empty"), Inputs.flag(body, "squash_merge"));
                try {
                    String reference = this.merges.merge(Inputs.repository(request),
                            Inputs.ref(request.path("sourceRef")), Inputs.branchName(request.path("destinationBranch")),
                            merge);
                    return ApiResponse.json(200, Map.of("reference", reference));
                }
                catch (MergeConflictException ex) {
                    return ApiResponse.json(409, Map.of("reference", ""));
                }
            });
        routes.get("/repositories/{repository}/refs/{sourceRef}/merge/{destinationBranch}", "FindMergeBase")
            .blocking((request) -> {
                MergeBase base = this.store.mergeBase(Inputs.repository(request), Inputs.ref(request.path("sourceRef")),
                        Inputs.branchName(request.path("destinationBranch")));
                Map<String, Object> body = new TreeMap<>();
                body.put("source_commit_id", base.sourceCommitId());
                body.put("destination_commit_id", base.destinationCommitId());
                body.put("base_commit_id", base.baseCommitId());
                return ApiResponse.json(200, body);
            });
    }

    private static DiffQuery diffQuery(ApiRequest request, boolean twoDot) {
        return new DiffQuery(Inputs.page(request), request.queryOrEmpty("delimiter"), twoDot,
                request.flag("include_right_stats"));
    }

    private static CommitOverrides overrides(JsonNode node) {
        if (!node.isObject()) {
            return CommitOverrides.NONE;
        }
        JsonNode metadata = node.path("metadata");
        return new CommitOverrides(Inputs.optionalText(node, "message"),
                metadata.isObject() ? Inputs.stringMap(metadata) : null);
    }

    private static String tagId(String id) {
        boolean valid = !id.isEmpty() && !id.equals("@") && !id.endsWith(".") && !id.endsWith(".lock")
                && !id.contains("..") && !id.contains("/") && !id.contains("@{")
                && id.chars().noneMatch((c) -> c <= ' ' || "^:?*[\\".indexOf(c) >= 0);
        if (!valid) {
            throw ApiException
                .badRequest("argument tagID: tag id: invalid value: validation error");
        }
        return id;
    }

    private static Map<String, Object> ref(Branch branch) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", branch.id());
        view.put("commit_id", branch.commitId());
        return view;
    }

    private static Map<String, Object> tag(Tag tag) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", tag.id());
        view.put("commit_id", tag.commitId());
        return view;
    }

}
