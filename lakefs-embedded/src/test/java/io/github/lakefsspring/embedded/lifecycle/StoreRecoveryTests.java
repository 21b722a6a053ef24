package io.github.lakefsspring.embedded.lifecycle;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.GatewayClients;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.store.Durability;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a restart must not lose or leave behind: temporary files of interrupted writes are swept, imports and S3
 * multipart uploads in progress carry on, and with {@code fsync} durability everything acknowledged is there.
 */
class StoreRecoveryTests {

    private static final JsonMapper json = JsonMapper.builder().build();

    @TempDir
    Path data;

    @Test
    void temporaryFilesOfInterruptedWritesAreSweptAtStart() throws Exception {
        Path leftover;
        try (EmbeddedLakeFSServer server = start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            api.post("/repositories", "{\"name\":\"sweep\",\"storage_namespace\":\"s3://b/sweep\"}");
            api.upload("sweep", "kept.txt", "kept");
            leftover = server.storagePath("s3://b/sweep/data/g0/c0.1234.partial");
        }
        Files.createDirectories(leftover.getParent());
        Files.write(leftover, new byte[1024 * 1024]);
        try (EmbeddedLakeFSServer server = start()) {
            assertThat(leftover).doesNotExist();
            try (Stream<Path> files = Files.walk(server.dataDirectory())) {
                assertThat(files.filter((file) -> file.toString().endsWith(".partial"))).isEmpty();
            }
            assertThat(new TestApi(server.apiEndpoint()).get("/repositories/sweep/refs/main/objects?path=kept.txt")
                .body()).isEqualTo("kept");
        }
    }

    @Test
    void anImportRunningWhenTheServerStopsCompletesAfterItStarts() throws Exception {
        String id;
        try (EmbeddedLakeFSServer server = start()) {
            for (int i = 0; i < 200; i++) {
                Path file = server.storagePath("s3://source/raw/part-" + i + ".csv");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "row " + i);
            }
            TestApi api = new TestApi(server.apiEndpoint());
            api.post("/repositories", "{\"name\":\"imp\",\"storage_namespace\":\"s3://b/imp\"}");
            String started = api.post("/repositories/imp/branches/main/import", "{\"paths\":[{\"type\":\"common_prefix\","
                    + "\"path\":\"s3://source/raw/\",\"destination\":\"raw/\"}],\"commit\":{\"message\":\"raw data\"}}").body();
            id = json.readTree(started).path("id").asString();
        }
        try (EmbeddedLakeFSServer server = start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            JsonNode status = awaitImport(api, id);
            assertThat(status.path("error").isMissingNode()).as(status.toString()).isTrue();
            assertThat(status.path("ingested_objects").asLong()).isEqualTo(200);
            assertThat(status.path("commit").path("message").asString()).isEqualTo("raw data");
            JsonNode log = json.readTree(api.get("/repositories/imp/refs/main/commits").body());
            assertThat(log.path("results")).extracting((commit) -> commit.path("message").asString())
                .containsExactly("raw data", "Repository created");
        }
        try (EmbeddedLakeFSServer server = start()) {
            assertThat(awaitImport(new TestApi(server.apiEndpoint()), id).path("completed").asBoolean()).isTrue();
        }
    }

    @Test
    void anS3MultipartUploadCarriesOnAfterARestart() throws Exception {
        byte[] first = new byte[5 * 1024 * 1024];
        Arrays.fill(first, (byte) 'a');
        String uploadId;
        String etag1;
        try (EmbeddedLakeFSServer server = start(); S3Client s3 = s3(server)) {
            new TestApi(server.apiEndpoint()).post("/repositories", "{\"name\":\"mpu\",\"storage_namespace\":\"s3://b/mpu\"}");
            uploadId = s3.createMultipartUpload((create) -> create.bucket("mpu").key("main/big.bin")
                .contentType("text/plain")).uploadId();
            etag1 = s3.uploadPart((part) -> part.bucket("mpu").key("main/big.bin").uploadId(uploadId).partNumber(1),
                    RequestBody.fromBytes(first)).eTag();
        }
        try (EmbeddedLakeFSServer server = start(); S3Client s3 = s3(server)) {
            String etag2 = s3.uploadPart((part) -> part.bucket("mpu").key("main/big.bin").uploadId(uploadId)
                .partNumber(2), RequestBody.fromString("tail")).eTag();
            s3.completeMultipartUpload((complete) -> complete.bucket("mpu").key("main/big.bin").uploadId(uploadId)
                .multipartUpload(CompletedMultipartUpload.builder()
                    .parts(CompletedPart.builder().partNumber(1).eTag(etag1).build(),
                            CompletedPart.builder().partNumber(2).eTag(etag2).build())
                    .build()));
            byte[] object = s3.getObjectAsBytes((get) -> get.bucket("mpu").key("main/big.bin")).asByteArray();
            assertThat(object).hasSize(first.length + 4);
            assertThat(new String(object, first.length, 4, StandardCharsets.UTF_8)).isEqualTo("tail");
        }
    }

    @Test
    void withFsyncDurabilityEverythingAcknowledgedIsThereAfterARestart() throws Exception {
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data)
            .durability(Durability.FSYNC).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.post("/repositories", "{\"name\":\"sync\",\"storage_namespace\":\"s3://b/sync\"}").statusCode())
                .isEqualTo(201);
            assertThat(api.upload("sync", "a.txt", "synced").statusCode()).isEqualTo(201);
            assertThat(api.post("/repositories/sync/branches/main/commits", "{\"message\":\"durable\"}").statusCode())
                .isEqualTo(201);
        }
        try (EmbeddedLakeFSServer server = start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.get("/repositories/sync/refs/main/objects?path=a.txt").body()).isEqualTo("synced");
            assertThat(api.get("/repositories/sync/refs/main/commits").body()).contains("durable");
        }
    }

    private EmbeddedLakeFSServer start() {
        return EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start();
    }

    private static JsonNode awaitImport(TestApi api, String id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            JsonNode status = json.readTree(api.get("/repositories/imp/branches/main/import?id=" + id).body());
            if (status.path("completed").asBoolean() || status.has("error") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(50);
        }
    }

    private static S3Client s3(EmbeddedLakeFSServer server) {
        return GatewayClients.s3(server.endpoint(), server.accessKeyId(), server.secretAccessKey());
    }

}
