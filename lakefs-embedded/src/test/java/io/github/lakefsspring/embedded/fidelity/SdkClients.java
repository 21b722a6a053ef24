package io.github.lakefsspring.embedded.fidelity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.ApiResponse;
import io.lakefs.clients.sdk.BranchesApi;
import io.lakefs.clients.sdk.CommitsApi;
import io.lakefs.clients.sdk.ConfigApi;
import io.lakefs.clients.sdk.ImportApi;
import io.lakefs.clients.sdk.ObjectsApi;
import io.lakefs.clients.sdk.RefsApi;
import io.lakefs.clients.sdk.RepositoriesApi;
import io.lakefs.clients.sdk.StagingApi;
import io.lakefs.clients.sdk.TagsApi;
import io.lakefs.clients.sdk.model.RepositoryCreation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The official lakeFS Java SDK's API objects, pointed at a target, plus the few helpers every fidelity test
 * needs (a fresh repository, an expected failure).
 */
final class SdkClients {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final LakeFSTarget target;

    final ApiClient client;

    final RepositoriesApi repositories;

    final BranchesApi branches;

    final CommitsApi commits;

    final ObjectsApi objects;

    final RefsApi refs;

    final TagsApi tags;

    final ConfigApi config;

    final StagingApi staging;

    final ImportApi imports;

    SdkClients(LakeFSTarget target) {
        this(target, target.accessKeyId(), target.secretAccessKey());
    }

    SdkClients(LakeFSTarget target, String accessKeyId, String secretAccessKey) {
        this.target = target;
        this.client = new ApiClient();
        this.client.setBasePath(target.apiEndpoint().toString());
        this.client.setUsername(accessKeyId);
        this.client.setPassword(secretAccessKey);
        this.repositories = new RepositoriesApi(this.client);
        this.branches = new BranchesApi(this.client);
        this.commits = new CommitsApi(this.client);
        this.objects = new ObjectsApi(this.client);
        this.refs = new RefsApi(this.client);
        this.tags = new TagsApi(this.client);
        this.config = new ConfigApi(this.client);
        this.staging = new StagingApi(this.client);
        this.imports = new ImportApi(this.client);
    }

    /** Creates a repository with a unique id and storage namespace, with a {@code main} branch. */
    String newRepository(String hint) throws ApiException {
        String id = hint + "-" + Long.toString(System.nanoTime(), 36);
        this.repositories.createRepository(new RepositoryCreation().name(id)
            .storageNamespace(this.target.uniqueNamespace(id))
            .defaultBranch("main")).execute();
        return id;
    }

    /**
     * A JSON POST to the REST API sent without the SDK, for what its generated code hides (headers, raw bodies).
     * @param path the path under {@code /api/v1}
     * @param json the body
     * @return the response
     */
    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.target.apiEndpoint() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((this.target.accessKeyId() + ":"
                    + this.target.secretAccessKey()).getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A GET of the REST API sent without the SDK, for answers its generated code cannot read.
     * @param path the path under {@code /api/v1}
     * @return the response
     */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.target.apiEndpoint() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((this.target.accessKeyId() + ":"
                    + this.target.secretAccessKey()).getBytes(StandardCharsets.UTF_8)))
            .GET()
            .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Runs a call that must fail, and returns the SDK's exception after checking its status. */
    static ApiException failure(int status, ThrowingCall call) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::run);
        assertThat(failure).as("expected HTTP %d", status).isNotNull();
        assertThat(failure.getCode()).as(failure.getResponseBody()).isEqualTo(status);
        return failure;
    }

    /** @return the first value of a header of the SDK's answer, whatever the case of its name */
    static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream()
            .filter((header) -> header.getKey().equalsIgnoreCase(name))
            .flatMap((header) -> header.getValue().stream())
            .findFirst()
            .orElseThrow();
    }

    /** A call to the SDK. */
    @FunctionalInterface
    interface ThrowingCall {

        void run() throws Exception;

    }

}
