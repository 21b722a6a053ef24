package io.github.lakefsspring.embedded.fidelity;

import io.lakefs.clients.sdk.ExperimentalApi;
import io.lakefs.clients.sdk.model.RepositoryCreation;
import io.lakefs.clients.sdk.model.StorageConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server set to behave as lakeFS on a local blockstore, as the real lakeFS it is compared with runs:
 * {@code local://} namespaces only, no presigned URLs.
 */
class LocalBlockstoreModeTests {

    private static EmbeddedLakeFSServer server;

    private static SdkClients sdk;

    @BeforeAll
    static void start() {
        server = EmbeddedLakeFSServer.builder().blockstoreType(BlockstoreType.LOCAL).build().start();
        sdk = new SdkClients(new LakeFSTarget(server.endpoint(), server.accessKeyId(), server.secretAccessKey(),
                "local://local-mode/", server));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void storageConfigIsTheLocalBlockstores() throws Exception {
        StorageConfig storage = sdk.config.getConfig().execute().getStorageConfig();
        assertThat(storage.getBlockstoreType()).isEqualTo("local");
        assertThat(storage.getPreSignSupport()).isFalse();
        assertThat(storage.getBlockstoreNamespaceValidityRegex()).isEqualTo("^local://");
    }

    @Test
    void onlyLocalNamespacesAreAccepted() throws Exception {
        failure(400, () -> sdk.repositories.createRepository(new RepositoryCreation().name("s3-ns")
            .storageNamespace("s3://bucket/s3-ns")).execute());
        assertThat(sdk.newRepository("local").length()).isPositive();
    }

    @Test
    void presignIsRefused() throws Exception {
        String repo = sdk.newRepository("nopre");
        ObjectFidelityTests.upload(sdk, repo, "main", "p.txt", "x");
        assertThat(failure(400, () -> sdk.objects.statObject(repo, "main", "p.txt").presign(true).execute())
            .getResponseBody()).contains("local adapter presigned URL: operation not supported");
        assertThat(failure(500, () -> sdk.staging.getPhysicalAddress(repo, "main", "q.txt").presign(true).execute())
            .getResponseBody()).contains("local adapter presigned URL: operation not supported");
        assertThat(failure(501, () -> new ExperimentalApi(sdk.client).createPresignMultipartUpload(repo, "main", "r.bin").parts(2).execute())
            .getResponseBody()).contains("presign multipart upload API is not supported");
    }

}
