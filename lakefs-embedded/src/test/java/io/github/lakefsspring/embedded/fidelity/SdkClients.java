package io.github.lakefsspring.embedded.fidelity;

import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.lakefs.clients.sdk.ApiClient;
import io.lakefs.clients.sdk.ApiException;
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

    /** Runs a call that must fail, and returns the SDK's exception after checking its status. */
    static ApiException failure(int status, ThrowingCall call) {
        ApiException failure = catchThrowableOfType(ApiException.class, call::run);
        assertThat(failure).as("expected HTTP %d", status).isNotNull();
        assertThat(failure.getCode()).as(failure.getResponseBody()).isEqualTo(status);
        return failure;
    }

    /** A call to the SDK. */
    @FunctionalInterface
    interface ThrowingCall {

        void run() throws Exception;

    }

}
