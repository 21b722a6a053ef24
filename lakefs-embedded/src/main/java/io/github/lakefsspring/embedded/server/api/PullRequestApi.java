package io.github.lakefsspring.embedded.server.api;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import io.github.lakefsspring.embedded.server.actions.ActionsService;
import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.validation.ObjectSchemaBuilder;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.store.MergeConflictException;
import io.github.lakefsspring.embedded.store.MergeRequest;
import io.github.lakefsspring.embedded.store.PullRequest;
import io.github.lakefsspring.embedded.store.VersionedStore;

/**
 * lakeFS's pull requests: opened on a source and a destination branch, listed by status, updated, and merged
 * through the same path as a merge (the destination's hooks and protection apply), as lakeFS v1.84 answers them.
 */
public final class PullRequestApi {

    private static final Pattern ID = Pattern.compile("[0-9a-v]{20}");

    private static final char[] BASE32_HEX = "0123456789abcdefghijklmnopqrstuv".toCharArray();

    private final VersionedStore store;

    private final HookedMerges merges;

    private final SecureRandom random = new SecureRandom();

    private final AtomicInteger counter = new AtomicInteger(new SecureRandom().nextInt());

    public PullRequestApi(VersionedStore store, ActionsService actions) {
        this.store = store;
        this.merges = new HookedMerges(store, actions);
    }

    public void register(Routes routes) {
        routes.get("/repositories/{repository}/pulls", "ListPullRequests")
            .parameters(ParameterSpec.pagination())
            .parameters(ParameterSpec.query("status").oneOf("open", "closed", "all"))
            .blocking((request) -> {
                String status = request.queryOrEmpty("status");
                List<PullRequest> matching = this.store.listPullRequests(Inputs.repository(request))
                    .stream()
                    .filter((pull) -> status.isEmpty() || status.equals("all")
                            || (status.equals("open") == pull.status().equals("open")))
                    .toList();
                return ApiResponse.json(200, Views.page(InMemoryPages.page(matching, request, PullRequest::id),
                        (pull) -> view(pull, false)));
            });
        routes.post("/repositories/{repository}/pulls", "CreatePullRequest")
            .body(ObjectSchemaBuilder.component("PullRequestCreation")
                .required("title", Schema.string())
                .optional("description", Schema.string())
                .required("source_branch", Schema.string())
                .required("destination_branch", Schema.string())
                .build())
            .blocking((request) -> {
                String repository = Inputs.repository(request);
                JsonNode body = request.json();
                String source = Inputs.text(body, "source_branch");
                String destination = Inputs.text(body, "destination_branch");
                if (source.equals(destination)) {
                    throw ApiException.badRequest("source and destination branches are the same: same branch "
                            + "validation error");
                }
                this.store.getBranch(repository, Inputs.branchName(source));
                this.store.getBranch(repository, Inputs.branchName(destination));
                String description = Inputs.optionalText(body, "description");
                PullRequest pull = new PullRequest(newId(), "open", Inputs.text(body, "title"),
                        (description != null) ? description : "", Inputs.committer(request), source, destination,
                        Instant.now(), null, null);
                this.store.putPullRequest(repository, pull);
                return ApiResponse.json(201, Map.of("id", pull.id()));
            });
        routes.get("/repositories/{repository}/pulls/{pull_request}", "GetPullRequest")
            .blocking((request) -> ApiResponse.json(200, view(find(request), true)));
        routes.patch("/repositories/{repository}/pulls/{pull_request}", "UpdatePullRequest")
            .body(ObjectSchemaBuilder.component("PullRequestBasic")
                .optional("status", Schema.oneOf("open", "closed", "merged"))
                .optional("title", Schema.string())
                .optional("description", Schema.string())
                .build())
            .blocking((request) -> {
                PullRequest pull = find(request);
                JsonNode body = request.json();
                this.store.putPullRequest(Inputs.repository(request),
                        pull.update(Inputs.optionalText(body, "status"), Inputs.optionalText(body, "title"),
                                Inputs.optionalText(body, "description"), Instant.now()));
                return ApiResponse.noContent();
            });
        routes.put("/repositories/{repository}/pulls/{pull_request}/merge", "MergePullRequest")
            .blocking((request) -> {
                String repository = Inputs.repository(request);
                PullRequest pull = find(request);
                if (!pull.status().equals("open")) {
                    throw ApiException.badRequest("bad pull request status");
                }
                String reference;
                try {
                    reference = this.merges.merge(repository, pull.sourceBranch(), pull.destinationBranch(),
                            new MergeRequest(Inputs.committer(request), null, Map.of(), null, false, false, false));
                }
                catch (MergeConflictException ex) {
                    return ApiResponse.json(409, Map.of("message", "conflict found"));
                }
                this.store.putPullRequest(repository, pull.merged(reference, Instant.now()));
                return ApiResponse.json(200, Map.of("reference", reference));
            });
    }

    private PullRequest find(ApiRequest request) {
        String repository = Inputs.repository(request);
        String id = request.path("pull_request");
        if (!ID.matcher(id).matches()) {
            throw ApiException.badRequest("argument pullRequestID: pull request id: invalid value: validation error");
        }
        return this.store.getPullRequest(repository, id)
            .orElseThrow(() -> new ApiException(404, "pull request not found"));
    }

    /** A new id in lakeFS's form: 12 bytes (time, random, counter) in lower-case base32hex, 20 characters. */
    private String newId() {
        byte[] bytes = new byte[12];
        long seconds = Instant.now().getEpochSecond();
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) (seconds >>> (24 - 8 * i));
        }
        byte[] middle = new byte[5];
        this.random.nextBytes(middle);
        System.arraycopy(middle, 0, bytes, 4, 5);
        int count = this.counter.incrementAndGet();
        bytes[9] = (byte) (count >>> 16);
        bytes[10] = (byte) (count >>> 8);
        bytes[11] = (byte) count;
        StringBuilder id = new StringBuilder(20);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                id.append(BASE32_HEX[(buffer >>> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            id.append(BASE32_HEX[(buffer << (5 - bits)) & 31]);
        }
        return id.toString();
    }

    private static Map<String, Object> view(PullRequest pull, boolean withDescription) {
        Map<String, Object> view = new TreeMap<>();
        view.put("id", pull.id());
        view.put("status", pull.status());
        view.put("title", pull.title());
        if (withDescription) {
            view.put("description", pull.description());
        }
        view.put("author", pull.author());
        view.put("source_branch", pull.sourceBranch());
        view.put("destination_branch", pull.destinationBranch());
        view.put("creation_date", pull.creationDate().toString());
        if (pull.closedDate() != null) {
            view.put("closed_date", pull.closedDate().toString());
        }
        if (pull.mergedCommitId() != null) {
            view.put("merged_commit_id", pull.mergedCommitId());
        }
        return view;
    }

}
