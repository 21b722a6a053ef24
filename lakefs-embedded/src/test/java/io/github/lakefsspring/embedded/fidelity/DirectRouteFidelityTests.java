package io.github.lakefsspring.embedded.fidelity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import io.lakefs.clients.sdk.ExperimentalApi;
import io.lakefs.clients.sdk.ImportApi;
import io.lakefs.clients.sdk.MetadataApi;
import io.lakefs.clients.sdk.model.AbortPresignMultipartUpload;
import io.lakefs.clients.sdk.model.CommitCreation;
import io.lakefs.clients.sdk.model.CompletePresignMultipartUpload;
import io.lakefs.clients.sdk.model.ObjectStats;
import io.lakefs.clients.sdk.model.PresignMultipartUpload;
import io.lakefs.clients.sdk.model.Ref;
import io.lakefs.clients.sdk.model.TagCreation;
import io.lakefs.clients.sdk.model.UpdateObjectUserMetadata;
import io.lakefs.clients.sdk.model.UploadPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkClients.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The operations the thematic suites do not call, each called directly with the official lakeFS Java SDK: the
 * version and storage configuration, tag listings, object HEAD, user metadata updates, underlying properties,
 * metadata locations, presigned multipart uploads (completed and aborted) and cancelling an unknown import.
 * Runs against the embedded server, or against the lakeFS the {@code LAKEFS_IT_*} variables name.
 */
@EmbeddedLakeFS
class DirectRouteFidelityTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SdkClients sdk;

    private String repo;

    @BeforeEach
    void connect(LakeFSTarget target) throws Exception {
        this.sdk = new SdkClients(target);
        this.repo = this.sdk.newRepository("direct");
        ObjectFidelityTests.upload(this.sdk, this.repo, "main", "hello.txt", "hello");
        this.sdk.commits.commit(this.repo, "main", new CommitCreation().message("hello")).execute();
    }

    @Test
    void configurationIsServedWholeAndInParts() throws Exception {
        HttpResponse<String> version = this.sdk.get("/config/version");
        assertThat(version.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(version.body()).has("version")).isTrue();
        HttpResponse<String> storage = this.sdk.get("/config/storage");
        assertThat(storage.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(storage.body()).path("blockstore_type").asString())
            .isEqualTo(this.sdk.config.getConfig().execute().getStorageConfig().getBlockstoreType());
    }

    @Test
    void tagsAreListedInOrder() throws Exception {
        this.sdk.tags.createTag(this.repo, new TagCreation().id("v2").ref("main")).execute();
        this.sdk.tags.createTag(this.repo, new TagCreation().id("v1").ref("main")).execute();
        assertThat(this.sdk.tags.listTags(this.repo).execute().getResults()).extracting(Ref::getId)
            .containsExactly("v1", "v2");
        assertThat(this.sdk.tags.listTags(this.repo).after("v1").execute().getResults()).extracting(Ref::getId)
            .containsExactly("v2");
    }

    @Test
    void objectsAnswerHeadAndTheirUserMetadataCanBeReplaced() throws Exception {
        this.sdk.objects.headObject(this.repo, "main", "hello.txt").execute();
        failure(404, () -> this.sdk.objects.headObject(this.repo, "main", "missing.txt").execute());
        this.sdk.objects.updateObjectUserMetadata(this.repo, "main", "hello.txt",
                new UpdateObjectUserMetadata().set(Map.of("owner", "sales"))).execute();
        ObjectStats stats = this.sdk.objects.statObject(this.repo, "main", "hello.txt").userMetadata(true).execute();
        assertThat(stats.getMetadata()).containsEntry("owner", "sales");
        assertThat(this.sdk.objects.getUnderlyingProperties(this.repo, "main", "hello.txt").execute()
            .getStorageClass()).isIn(null, "", "STANDARD");
        failure(404, () -> this.sdk.objects.getUnderlyingProperties(this.repo, "main", "missing.txt").execute());
    }

    @Test
    void metadataLocationsAreRelativeToTheNamespace() throws Exception {
        MetadataApi metadata = new MetadataApi(this.sdk.client);
        assertThat(metadata.getMetaRange(this.repo, "abc").execute().getLocation()).isEqualTo("_lakefs/abc");
        assertThat(metadata.getRange(this.repo, "def").execute().getLocation()).isEqualTo("_lakefs/def");
    }

    @Test
    void presignedMultipartUploadsCompleteOrAbort() throws Exception {
        assumeTrue(this.sdk.config.getConfig().execute().getStorageConfig().getPreSignMultipartUpload(),
                "the blockstore presigns multipart uploads");
        ExperimentalApi experimental = new ExperimentalApi(this.sdk.client);
        PresignMultipartUpload upload = experimental.createPresignMultipartUpload(this.repo, "main", "big.bin")
            .parts(1)
            .execute();
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(upload.getPresignedUrls().get(0)))
            .PUT(HttpRequest.BodyPublishers.ofString("one part"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        String etag = put.headers().firstValue("ETag").orElseThrow();
        ObjectStats stats = experimental.completePresignMultipartUpload(this.repo, "main", upload.getUploadId(),
                "big.bin")
            .completePresignMultipartUpload(new CompletePresignMultipartUpload()
                .physicalAddress(upload.getPhysicalAddress())
                .parts(List.of(new UploadPart().partNumber(1).etag(etag))))
            .execute();
        assertThat(stats.getSizeBytes()).isEqualTo(8);
        PresignMultipartUpload abandoned = experimental.createPresignMultipartUpload(this.repo, "main", "gone.bin")
            .execute();
        experimental.abortPresignMultipartUpload(this.repo, "main", abandoned.getUploadId(), "gone.bin")
            .abortPresignMultipartUpload(new AbortPresignMultipartUpload()
                .physicalAddress(abandoned.getPhysicalAddress()))
            .execute();
        failure(404, () -> this.sdk.objects.statObject(this.repo, "main", "gone.bin").execute());
    }

    @Test
    void cancellingAnUnknownImportIsNotFound() {
        assertThat(failure(404, () -> new ImportApi(this.sdk.client).importCancel(this.repo, "main", "no-such-import")
            .execute()).getResponseBody()).contains("not found");
    }

}
