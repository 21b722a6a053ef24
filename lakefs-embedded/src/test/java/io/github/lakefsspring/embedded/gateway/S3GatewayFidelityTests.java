package io.github.lakefsspring.embedded.gateway;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.NoSuchUploadException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import io.github.lakefsspring.embedded.GatewayClients;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static io.github.lakefsspring.embedded.fidelity.SdkAccess.newRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The S3 gateway driven by the AWS SDK for Java v2, against the embedded server or the lakeFS the
 * {@code LAKEFS_IT_*} variables name: objects, listings across pages, ranges, copies, bulk deletes, multipart
 * uploads, presigned URLs, aws-chunked bodies, and the errors for bad keys, signatures, buckets and objects.
 */
@EmbeddedLakeFS
class S3GatewayFidelityTests {

    private LakeFSTarget target;

    private S3Client s3;

    private String bucket;

    @BeforeEach
    void connect(LakeFSTarget target) throws Exception {
        this.target = target;
        this.s3 = client(target.accessKeyId(), target.secretAccessKey());
        this.bucket = newRepository(target, "s3");
    }

    private S3Client client(String accessKeyId, String secretAccessKey) {
        return GatewayClients.s3(this.target.endpoint(), accessKeyId, secretAccessKey);
    }

    @Test
    void bucketsAnswerHeadAndTheirLocation() {
        this.s3.headBucket((request) -> request.bucket(this.bucket));
        assertThatExceptionOfType(NoSuchBucketException.class)
            .isThrownBy(() -> this.s3.headBucket((request) -> request.bucket("no-such-bucket-" + this.bucket)));
        assertThat(this.s3.getBucketLocation((request) -> request.bucket(this.bucket)).locationConstraintAsString())
            .isIn("", "us-east-1", null);
    }

    @Test
    void anAbortedMultipartUploadLeavesNothingAndIsGone() {
        String key = "main/aborted.bin";
        String uploadId = this.s3.createMultipartUpload((request) -> request.bucket(this.bucket).key(key)).uploadId();
        this.s3.uploadPart((request) -> request.bucket(this.bucket).key(key).uploadId(uploadId).partNumber(1),
                RequestBody.fromString("part"));
        this.s3.abortMultipartUpload((request) -> request.bucket(this.bucket).key(key).uploadId(uploadId));
        assertThatExceptionOfType(NoSuchKeyException.class)
            .isThrownBy(() -> this.s3.headObject((request) -> request.bucket(this.bucket).key(key)));
        if (this.target.isRealLakeFS()) {
            return; // lakeFS v1.84 answers 500 InternalError to completing an aborted upload; listed in the README
        }
        assertThatExceptionOfType(NoSuchUploadException.class).isThrownBy(() -> this.s3.completeMultipartUpload(
                (request) -> request.bucket(this.bucket).key(key).uploadId(uploadId)
                    .multipartUpload(CompletedMultipartUpload.builder()
                        .parts(CompletedPart.builder().partNumber(1).eTag("\"x\"").build())
                        .build())));
    }

    @Test
    void objectsArePutReadAndDeletedAsUncommittedChanges() throws Exception {
        this.s3.putObject((put) -> put.bucket(this.bucket).key("main/data/file.csv").contentType("text/csv")
            .metadata(Map.of("Owner", "team", "mixedCase-Key", "v")), RequestBody.fromString("a,b\n1,2\n"));
        ResponseBytes<GetObjectResponse> read = this.s3.getObjectAsBytes((get) -> get.bucket(this.bucket)
            .key("main/data/file.csv"));
        assertThat(read.asUtf8String()).isEqualTo("a,b\n1,2\n");
        assertThat(read.response().contentType()).isEqualTo("text/csv");
        assertThat(read.response().metadata()).containsEntry("Owner", "team").containsEntry("Mixedcase-Key", "v");
        HeadObjectResponse head = this.s3.headObject((h) -> h.bucket(this.bucket).key("main/data/file.csv"));
        assertThat(head.contentLength()).isEqualTo(8);
        assertThat(head.eTag()).isEqualTo("\"" + md5("a,b\n1,2\n") + "\"");
        assertThat(rest("/repositories/" + this.bucket + "/branches/main/diff")).contains("\"path\":\"data/file.csv\"")
            .contains("\"type\":\"added\"");
        assertThat(rest("/repositories/" + this.bucket + "/refs/main/objects/stat?path=data/file.csv"))
            .contains("\"X-Amz-Meta-owner\":\"team\"").contains("\"X-Amz-Meta-mixedcase-key\":\"v\"");
        this.s3.deleteObject((d) -> d.bucket(this.bucket).key("main/data/file.csv"));
        this.s3.deleteObject((d) -> d.bucket(this.bucket).key("main/data/never-there"));
        assertThatExceptionOfType(NoSuchKeyException.class)
            .isThrownBy(() -> this.s3.getObject((get) -> get.bucket(this.bucket).key("main/data/file.csv")));
    }

    @Test
    void streamedUploadsUseAwsChunkedBodies() {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i % 251);
        }
        this.s3.putObject((put) -> put.bucket(this.bucket).key("main/streamed.bin"),
                RequestBody.fromInputStream(new ByteArrayInputStream(content), content.length));
        assertThat(this.s3.getObjectAsBytes((get) -> get.bucket(this.bucket).key("main/streamed.bin")).asByteArray())
            .isEqualTo(content);
    }

    @Test
    void listingsPageThroughThousandsOfKeysAndShowBranchesAsPrefixes() {
        List<String> keys = IntStream.range(0, 2500).mapToObj((i) -> String.format("main/many/%05d", i)).toList();
        keys.parallelStream().forEach((key) -> this.s3.putObject((put) -> put.bucket(this.bucket).key(key),
                RequestBody.fromString("x")));
        List<String> listed = new ArrayList<>();
        this.s3.listObjectsV2Paginator((list) -> list.bucket(this.bucket).prefix("main/many/"))
            .forEach((page) -> page.contents().forEach((object) -> listed.add(object.key())));
        assertThat(listed).containsExactlyElementsOf(keys);
        List<String> v1 = new ArrayList<>();
        String marker = null;
        ListObjectsResponse page;
        do {
            String from = marker;
            page = this.s3.listObjects((list) -> list.bucket(this.bucket).prefix("main/many/").maxKeys(1000)
                .marker(from));
            page.contents().forEach((object) -> v1.add(object.key()));
            marker = v1.get(v1.size() - 1);
        }
        while (page.isTruncated());
        assertThat(v1).containsExactlyElementsOf(keys);
        ListObjectsV2Response folders = this.s3.listObjectsV2((list) -> list.bucket(this.bucket).prefix("main/")
            .delimiter("/"));
        assertThat(folders.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("main/many/");
        ListObjectsV2Response branches = this.s3.listObjectsV2((list) -> list.bucket(this.bucket).delimiter("/"));
        assertThat(branches.commonPrefixes()).extracting(CommonPrefix::prefix).contains("main/");
    }

    @Test
    void rangesAreServedAndUnsatisfiableOnesRefused() {
        this.s3.putObject((put) -> put.bucket(this.bucket).key("main/digits"), RequestBody.fromString("0123456789"));
        assertThat(this.s3.getObjectAsBytes((get) -> get.bucket(this.bucket).key("main/digits").range("bytes=2-4"))
            .asUtf8String()).isEqualTo("234");
        assertThatExceptionOfType(S3Exception.class)
            .isThrownBy(() -> this.s3.getObjectAsBytes((get) -> get.bucket(this.bucket).key("main/digits")
                .range("bytes=20-")))
            .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(416));
    }

    @Test
    void copiesKeepContentAndBulkDeletesReportEachKey() {
        this.s3.putObject((put) -> put.bucket(this.bucket).key("main/source").contentType("text/plain"),
                RequestBody.fromString("copy me"));
        Instant copied = this.s3.copyObject((copy) -> copy.sourceBucket(this.bucket).sourceKey("main/source")
            .destinationBucket(this.bucket).destinationKey("main/target")).copyObjectResult().lastModified();
        assertThat(copied).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        assertThat(this.s3.getObjectAsBytes((get) -> get.bucket(this.bucket).key("main/target")).asUtf8String())
            .isEqualTo("copy me");
        DeleteObjectsResponse deleted = this.s3.deleteObjects((delete) -> delete.bucket(this.bucket)
            .delete(Delete.builder().objects(ObjectIdentifier.builder().key("main/source").build(),
                    ObjectIdentifier.builder().key("main/target").build()).build()));
        assertThat(deleted.deleted()).hasSize(2);
        assertThat(this.s3.listObjectsV2((list) -> list.bucket(this.bucket).prefix("main/")).contents()).isEmpty();
    }

    @Test
    void multipartUploadsOf64MibComplete() throws Exception {
        String uploadId = this.s3.createMultipartUpload((create) -> create.bucket(this.bucket).key("main/big.bin")
            .contentType("application/x-big")).uploadId();
        MessageDigest whole = MessageDigest.getInstance("MD5");
        List<CompletedPart> parts = new ArrayList<>();
        byte[] part = new byte[8 * 1024 * 1024];
        for (int number = 1; number <= 8; number++) {
            part[0] = (byte) number;
            whole.update(part);
            int n = number;
            String etag = this.s3.uploadPart((upload) -> upload.bucket(this.bucket).key("main/big.bin")
                .uploadId(uploadId).partNumber(n), RequestBody.fromBytes(part)).eTag();
            parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        }
        var completed = this.s3.completeMultipartUpload((complete) -> complete.bucket(this.bucket).key("main/big.bin")
            .uploadId(uploadId).multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
        assertThat(completed.eTag()).endsWith("-8\"");
        assertThat(completed.location()).isEqualTo(this.target.endpoint() + "/" + this.bucket + "/main/big.bin");
        HeadObjectResponse head = this.s3.headObject((h) -> h.bucket(this.bucket).key("main/big.bin"));
        assertThat(head.contentLength()).isEqualTo(64L * 1024 * 1024);
        assertThat(head.eTag()).as("the stored checksum has no part count").isEqualTo(completed.eTag()
            .substring(0, completed.eTag().length() - 3) + "\"");
        MessageDigest read = MessageDigest.getInstance("MD5");
        try (var in = this.s3.getObject((get) -> get.bucket(this.bucket).key("main/big.bin"))) {
            byte[] buffer = new byte[1024 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.update(buffer, 0, n);
            }
        }
        assertThat(read.digest()).isEqualTo(whole.digest());
    }

    @Test
    void presignedUrlsWorkWithoutCredentials() throws Exception {
        try (S3Presigner presigner = S3Presigner.builder().endpointOverride(this.target.endpoint())
            .region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(this.target.accessKeyId(), this.target.secretAccessKey())))
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .build()) {
            URI put = presigner.presignPutObject((p) -> p.signatureDuration(Duration.ofMinutes(5))
                .putObjectRequest((r) -> r.bucket(this.bucket).key("main/presigned.txt"))).url().toURI();
            HttpClient http = HttpClient.newHttpClient();
            assertThat(http.send(HttpRequest.newBuilder(put).PUT(HttpRequest.BodyPublishers.ofString("via presign"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
            URI get = presigner.presignGetObject((p) -> p.signatureDuration(Duration.ofMinutes(5))
                .getObjectRequest((r) -> r.bucket(this.bucket).key("main/presigned.txt"))).url().toURI();
            assertThat(http.send(HttpRequest.newBuilder(get).GET().build(), HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("via presign");
            URI forged = URI.create(get.toString().replaceAll("X-Amz-Signature=[0-9a-f]{4}", "X-Amz-Signature=0000"));
            assertThat(http.send(HttpRequest.newBuilder(forged).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(403);
        }
    }

    @Test
    void badCredentialsBucketsAndConditionsAreRefusedAsLakeFSRefusesThem() {
        assertThatExceptionOfType(S3Exception.class)
            .isThrownBy(() -> client(this.target.accessKeyId(), "wrong-secret").listBuckets())
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(403);
                assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            });
        assertThatExceptionOfType(S3Exception.class)
            .isThrownBy(() -> client("AKIANOSUCHKEY", "secret").listBuckets())
            .satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
        assertThatExceptionOfType(NoSuchBucketException.class)
            .isThrownBy(() -> this.s3.listObjectsV2((list) -> list.bucket("no-such-bucket-here").prefix("main/")));
        assertThat(this.s3.listBuckets().buckets()).anyMatch((b) -> b.name().equals(this.bucket));
        assertThatExceptionOfType(S3Exception.class).isThrownBy(() -> this.s3.createBucket((c) -> c.bucket(this.bucket)))
            .satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("BucketAlreadyExists"));
        assertThatExceptionOfType(S3Exception.class).isThrownBy(() -> this.s3.createBucket((c) -> c.bucket("no-such-repo-yet")))
            .satisfies((ex) -> {
                assertThat(ex.statusCode()).isEqualTo(501);
                assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("NotImplemented");
            });
        this.s3.putObject((put) -> put.bucket(this.bucket).key("main/once"), RequestBody.fromString("1"));
        assertThatExceptionOfType(S3Exception.class)
            .isThrownBy(() -> this.s3.putObject((put) -> put.bucket(this.bucket).key("main/once").ifNoneMatch("*"),
                    RequestBody.fromString("2")))
            .satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(412));
    }

    private String rest(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(this.target.apiEndpoint() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (this.target.accessKeyId() + ":" + this.target.secretAccessKey()).getBytes(StandardCharsets.UTF_8)))
            .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String md5(String content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8)));
    }


}
