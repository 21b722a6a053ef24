package io.github.lakefsspring.embedded.fidelity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.lakefs.clients.sdk.ApiException;
import io.lakefs.clients.sdk.AuthApi;
import io.lakefs.clients.sdk.model.AuthenticationToken;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.ImportCreation;
import io.lakefs.clients.sdk.model.ImportLocation;
import io.lakefs.clients.sdk.model.ImportStatus;
import io.lakefs.clients.sdk.model.LoginInformation;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.StagingLocation;
import io.lakefs.clients.sdk.model.StagingMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Imports, the staging API with presigned URLs, presigned reads and login tokens, driven by the official lakeFS
 * Java SDK. On a real lakeFS, imports need {@code LAKEFS_IT_IMPORT_DIR} (a directory it may import from) and the
 * presigned flows need a storage with presign support (a local blockstore has none, so they are skipped).
 */
@EmbeddedLakeFS
class ImportAndStagingFidelityTests {

    private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private SdkClients sdk;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.sdk = new SdkClients(target);
    }

    @Test
    void importsIngestPrefixesAndObjectsInOneCommit() throws Exception {
        String base = importBase();
        importSource(base, "a/one.csv", "1");
        importSource(base, "a/nested/two.csv", "22");
        String single = importSource(base, "b/single", "333");
        String repo = this.sdk.newRepository("imp");
        String id = this.sdk.imports.importStart(repo, "main", new ImportCreation()
            .paths(List.of(new ImportLocation().type(ImportLocation.TypeEnum.COMMON_PREFIX).path(base + "a/")
                .destination("datasets/a/"),
                    new ImportLocation().type(ImportLocation.TypeEnum.OBJECT).path(single).destination("datasets/b")))
            .commit(new CommitCreation().message("added public S3 data")))
            .execute()
            .getId();
        ImportStatus status = awaitImport(repo, id);
        assertThat(status.getError()).isNull();
        assertThat(status.getIngestedObjects()).isEqualTo(3);
        assertThat(status.getCommit().getMessage()).isEqualTo("added public S3 data");
        assertThat(this.sdk.objects.listObjects(repo, "main").execute().getResults()).extracting(ObjectStats::getPath)
            .containsExactly("datasets/a/nested/two.csv", "datasets/a/one.csv", "datasets/b");
        assertThat(this.sdk.objects.statObject(repo, "main", "datasets/b").execute().getSizeBytes()).isEqualTo(3);
        assertThat(failure(409, () -> this.sdk.imports.importCancel(repo, "main", id).execute()).getResponseBody())
            .contains("conflict found");
        failure(404, () -> this.sdk.imports.importStatus(repo, "main", "no-such-import").execute());
    }

    @Test
    void importsOntoADirtyBranchFailInTheirStatus() throws Exception {
        String base = importBase();
        importSource(base, "dirty/x.csv", "x");
        String repo = this.sdk.newRepository("impd");
        ObjectFidelityTests.upload(this.sdk, repo, "main", "uncommitted", "u");
        String id = this.sdk.imports.importStart(repo, "main", new ImportCreation()
            .paths(List.of(new ImportLocation().type(ImportLocation.TypeEnum.COMMON_PREFIX).path(base + "dirty/")
                .destination("d/")))
            .commit(new CommitCreation().message("import"))).execute().getId();
        ImportStatus status = awaitImport(repo, id);
        assertThat(status.getCompleted()).isFalse();
        assertThat(status.getError().getMessage()).contains("dirty branch");
    }

    @Test
    void stagingWritesThroughPresignedUrlsAndLinks() throws Exception {
        assumePresign();
        String repo = this.sdk.newRepository("stg");
        StagingLocation location = this.sdk.staging.getPhysicalAddress(repo, "main", "direct.txt").presign(true)
            .execute();
        assertThat(location.getPresignedUrl()).isNotBlank();
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(location.getPresignedUrl()))
            .PUT(HttpRequest.BodyPublishers.ofString("written directly")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        String etag = put.headers().firstValue("ETag").orElseThrow().replace("\"", "");
        ObjectStats linked = this.sdk.staging.linkPhysicalAddress(repo, "main", "direct.txt", new StagingMetadata()
            .staging(location).checksum(etag).sizeBytes(16L)).execute();
        assertThat(linked.getPath()).isEqualTo("direct.txt");
        assertThat(Files.readString(this.sdk.objects.getObject(repo, "main", "direct.txt").execute().toPath()))
            .isEqualTo("written directly");
        StagingLocation tampered = new StagingLocation().physicalAddress(location.getPhysicalAddress() + "x");
        failure(400, () -> this.sdk.staging.linkPhysicalAddress(repo, "main", "other.txt",
                new StagingMetadata().staging(tampered).checksum(etag).sizeBytes(16L)).execute());
    }

    @Test
    void presignedReadsNeedNoCredentialsAndHonourRanges() throws Exception {
        assumePresign();
        String repo = this.sdk.newRepository("pre");
        ObjectFidelityTests.upload(this.sdk, repo, "main", "p.txt", "presigned content");
        ObjectStats stats = this.sdk.objects.statObject(repo, "main", "p.txt").presign(true).execute();
        assertThat(stats.getPhysicalAddressExpiry()).isNotNull();
        HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(stats.getPhysicalAddress()))
            .header("Range", "bytes=0-8").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(206);
        assertThat(read.body()).isEqualTo("presigned");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create(stats.getPhysicalAddress() + "0"))
            .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void presignIsRefusedWhereTheStorageCannotPresign() throws Exception {
        assumeTrue(!this.sdk.config.getConfig().execute().getStorageConfig().getPreSignSupport(),
                "only for storages without presign support (a local blockstore)");
        String repo = this.sdk.newRepository("nopre");
        ObjectFidelityTests.upload(this.sdk, repo, "main", "p.txt", "x");
        failure(400, () -> this.sdk.objects.statObject(repo, "main", "p.txt").presign(true).execute());
    }

    @Test
    void anImportFromAMissingBucketFailsAndCanStillBeCanceled() throws Exception {
        assumeTrue("s3".equals(this.sdk.config.getConfig().execute().getStorageConfig().getBlockstoreType()),
                "buckets exist on an S3 blockstore");
        String repo = this.sdk.newRepository("nobucket");
        String id = this.sdk.imports.importStart(repo, "main", new ImportCreation()
            .paths(List.of(new ImportLocation().type(ImportLocation.TypeEnum.COMMON_PREFIX)
                .path("s3://no-such-bucket-" + System.nanoTime() + "/data/")
                .destination("imported/")))
            .commit(new CommitCreation().message("nothing to import"))).execute().getId();
        ImportStatus failed = awaitImport(repo, id);
        assertThat(failed.getCompleted()).isFalse();
        assertThat(failed.getError().getMessage()).startsWith("import error: error on ingest: ")
            .contains("NoSuchBucket: The specified bucket does not exist");
        this.sdk.imports.importCancel(repo, "main", id).execute();
        assertThat(this.sdk.imports.importStatus(repo, "main", id).execute().getError().getMessage())
            .isEqualTo("import error: Canceled");
        assertThat(this.sdk.commits.getCommit(repo, "main").execute().getMessage()).isEqualTo("Repository created");
    }

    @Test
    void loginTokensAuthenticateAsBearer() throws Exception {
        AuthenticationToken token = new AuthApi(this.sdk.client).login().loginInformation(new LoginInformation()
            .accessKeyId(this.sdk.target.accessKeyId()).secretAccessKey(this.sdk.target.secretAccessKey())).execute();
        assertThat(token.getToken()).isNotBlank();
        HttpResponse<String> user = http.send(HttpRequest.newBuilder(URI.create(this.sdk.target.apiEndpoint() + "/user"))
            .header("Authorization", "Bearer " + token.getToken()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(user.statusCode()).isEqualTo(200);
        failure(401, () -> new AuthApi(this.sdk.client).login().loginInformation(new LoginInformation()
            .accessKeyId(this.sdk.target.accessKeyId()).secretAccessKey("wrong")).execute());
    }

    private void assumePresign() throws ApiException {
        assumeTrue(this.sdk.config.getConfig().execute().getStorageConfig().getPreSignSupport(),
                "the target's storage cannot presign (a local blockstore)");
    }

    private ImportStatus awaitImport(String repo, String id) throws Exception {
        for (int i = 0; i < 200; i++) {
            ImportStatus status = this.sdk.imports.importStatus(repo, "main", id).execute();
            if (status.getCompleted() || status.getError() != null) {
                return status;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /** Places an object where the target imports from, and returns its URI. */
    private String importSource(String base, String relative, String content) throws IOException {
        String uri = base + relative;
        this.sdk.target.writeImportSource(uri, content.getBytes(StandardCharsets.UTF_8));
        return uri;
    }

    /** A fresh storage URI prefix the target can import from. */
    private String importBase() {
        Optional<String> prefix = this.sdk.target.freshImportPrefix();
        assumeTrue(prefix.isPresent(), "LAKEFS_IT_IMPORT_DIR names no directory the real lakeFS imports from");
        return prefix.get();
    }

}
