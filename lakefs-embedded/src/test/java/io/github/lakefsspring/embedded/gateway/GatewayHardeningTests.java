package io.github.lakefsspring.embedded.gateway;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

import io.github.lakefsspring.embedded.GatewayClients;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkAccess.newRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The S3 gateway refuses what it cannot verify: every operation signed with the right access key id and a wrong
 * secret, a payload hash that is neither a payload mode nor a digest, and an aws-chunked body that decodes to
 * another length than it declares. Nothing refused is written.
 */
@EmbeddedLakeFS
class GatewayHardeningTests {

    private static final HttpClient http = HttpClient.newHttpClient();

    private LakeFSTarget target;

    private String bucket;

    @BeforeEach
    void connect(LakeFSTarget target) throws Exception {
        this.target = target;
        this.bucket = newRepository(target, "s3hard");
    }

    @Test
    void everyOperationWithAWrongSecretIsRefused() {
        S3Client good = client(this.target.secretAccessKey());
        good.putObject((put) -> put.bucket(this.bucket).key("main/existing.txt"), RequestBody.fromString("kept"));
        String uploadId = good.createMultipartUpload((create) -> create.bucket(this.bucket).key("main/upload.bin"))
            .uploadId();
        S3Client forged = client(this.target.secretAccessKey() + "x");
        Map<String, Consumer<S3Client>> operations = new LinkedHashMap<>();
        operations.put("ListBuckets", (s3) -> s3.listBuckets());
        operations.put("HeadBucket", (s3) -> s3.headBucket((head) -> head.bucket(this.bucket)));
        operations.put("GetBucketLocation", (s3) -> s3.getBucketLocation((location) -> location.bucket(this.bucket)));
        operations.put("ListObjects", (s3) -> s3.listObjects((list) -> list.bucket(this.bucket)));
        operations.put("ListObjectsV2", (s3) -> s3.listObjectsV2((list) -> list.bucket(this.bucket)));
        operations.put("GetObject", (s3) -> s3.getObjectAsBytes((get) -> get.bucket(this.bucket).key("main/existing.txt")));
        operations.put("HeadObject", (s3) -> s3.headObject((head) -> head.bucket(this.bucket).key("main/existing.txt")));
        operations.put("PutObject", (s3) -> s3.putObject((put) -> put.bucket(this.bucket).key("main/existing.txt"),
                RequestBody.fromString("overwritten")));
        operations.put("CopyObject", (s3) -> s3.copyObject((copy) -> copy.sourceBucket(this.bucket)
            .sourceKey("main/existing.txt").destinationBucket(this.bucket).destinationKey("main/copy.txt")));
        operations.put("DeleteObject", (s3) -> s3.deleteObject((delete) -> delete.bucket(this.bucket)
            .key("main/existing.txt")));
        operations.put("DeleteObjects", (s3) -> s3.deleteObjects((delete) -> delete.bucket(this.bucket)
            .delete(Delete.builder().objects(ObjectIdentifier.builder().key("main/existing.txt").build()).build())));
        operations.put("CreateMultipartUpload", (s3) -> s3.createMultipartUpload((create) -> create.bucket(this.bucket)
            .key("main/other.bin")));
        operations.put("UploadPart", (s3) -> s3.uploadPart((part) -> part.bucket(this.bucket).key("main/upload.bin")
            .uploadId(uploadId).partNumber(1), RequestBody.fromString("part")));
        operations.put("CompleteMultipartUpload", (s3) -> s3.completeMultipartUpload((complete) -> complete
            .bucket(this.bucket).key("main/upload.bin").uploadId(uploadId)
            .multipartUpload(CompletedMultipartUpload.builder()
                .parts(CompletedPart.builder().partNumber(1).eTag("x").build()).build())));
        operations.put("AbortMultipartUpload", (s3) -> s3.abortMultipartUpload((abort) -> abort.bucket(this.bucket)
            .key("main/upload.bin").uploadId(uploadId)));
        operations.forEach((name, operation) -> {
            S3Exception refused = catchThrowableOfType(S3Exception.class, () -> operation.accept(forged));
            assertThat(refused).as(name).isNotNull();
            assertThat(refused.statusCode()).as(name).isEqualTo(403);
        });
        assertThat(good.getObjectAsBytes((get) -> get.bucket(this.bucket).key("main/existing.txt")).asUtf8String())
            .isEqualTo("kept");
        assertThat(good.listObjectsV2((list) -> list.bucket(this.bucket).prefix("main/")).contents())
            .extracting((object) -> object.key()).containsExactly("main/existing.txt");
    }

    @Test
    void aPayloadHashThatIsNeitherAModeNorADigestIsRefused() throws Exception {
        byte[] body = "data".getBytes(StandardCharsets.UTF_8);
        for (String hash : List.of("not-a-hash", "UNSIGNED-PAYLOADX", "z".repeat(64))) {
            HttpResponse<String> response = send("PUT", "/" + this.bucket + "/main/bogus.txt", hash, Map.of(), body);
            assertThat(response.statusCode()).as(hash + ": " + response.body()).isEqualTo(403);
            assertThat(response.body()).contains("AccessDenied");
        }
        HttpResponse<String> mismatch = send("PUT", "/" + this.bucket + "/main/bogus.txt", sha256("other"), Map.of(),
                body);
        // lakeFS answers a digest mismatch with 500 InternalError; the embedded server with S3's own 400
        assertThat(mismatch.statusCode()).isEqualTo(this.target.isRealLakeFS() ? 500 : 400);
        HttpResponse<String> right = send("PUT", "/" + this.bucket + "/main/right.txt", sha256("data").toUpperCase(),
                Map.of(), body);
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(objectKeys()).containsExactly("main/right.txt");
    }

    @Test
    void anAwsChunkedBodyMustDecodeToItsDeclaredLength() throws Exception {
        byte[] body = ("5\r\nhello\r\n0\r\nx-amz-checksum-crc32:" + crc32("hello") + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
        if (!this.target.isRealLakeFS()) {
            // lakeFS stores whatever the body decodes to; the embedded server holds it to its declared length
            for (String declared : List.of("10", "3")) {
                HttpResponse<String> response = send("PUT", "/" + this.bucket + "/main/chunked.txt",
                        "STREAMING-UNSIGNED-PAYLOAD-TRAILER", chunkedHeaders(declared), body);
                assertThat(response.statusCode()).as(declared + ": " + response.body()).isEqualTo(400);
                assertThat(response.body()).contains("IncompleteBody");
            }
            assertThat(objectKeys()).isEmpty();
        }
        HttpResponse<String> exact = send("PUT", "/" + this.bucket + "/main/chunked.txt",
                "STREAMING-UNSIGNED-PAYLOAD-TRAILER", chunkedHeaders("5"), body);
        assertThat(exact.statusCode()).as(exact.body()).isEqualTo(200);
        assertThat(client(this.target.secretAccessKey()).getObjectAsBytes((get) -> get.bucket(this.bucket)
            .key("main/chunked.txt")).asUtf8String()).isEqualTo("hello");
    }

    private static Map<String, String> chunkedHeaders(String decodedLength) {
        return Map.of("content-encoding", "aws-chunked", "x-amz-decoded-content-length", decodedLength, "x-amz-trailer",
                "x-amz-checksum-crc32");
    }

    private static String crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue())
            .array());
    }

    private List<String> objectKeys() {
        return client(this.target.secretAccessKey()).listObjectsV2((list) -> list.bucket(this.bucket).prefix("main/"))
            .contents().stream().map((object) -> object.key()).toList();
    }

    private HttpResponse<String> send(String method, String path, String payloadHash, Map<String, String> headers,
            byte[] body) throws Exception {
        HttpRequest request = SignedRequest.build(method, this.target.endpoint(), path, this.target.accessKeyId(),
                this.target.secretAccessKey(), payloadHash, headers, body);
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private S3Client client(String secret) {
        return GatewayClients.s3(this.target.endpoint(), this.target.accessKeyId(), secret);
    }

}
