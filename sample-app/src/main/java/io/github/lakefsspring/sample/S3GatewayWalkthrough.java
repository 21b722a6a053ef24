package io.github.lakefsspring.sample;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The seed document's Boto examples with the AWS SDK for Java v2 on the lakeFS S3 gateway: put an object on a
 * branch, list it by branch and by commit id, and read its metadata.
 */
final class S3GatewayWalkthrough {

    private final S3Client s3;

    private final String repository;

    private final Printer out;

    S3GatewayWalkthrough(S3Client s3, String repository, Printer out) {
        this.s3 = s3;
        this.repository = repository;
        this.out = out;
    }

    void run(String commitId) {
        this.s3.putObject((put) -> put.bucket(this.repository).key("main/example-file.parquet"),
                RequestBody.fromBytes(new byte[1024]));
        for (S3Object object : this.s3.listObjectsV2((list) -> list.bucket(this.repository)
            .prefix("main/example-prefix")).contents()) {
            this.out.line(object.key());
        }
        String shortId = commitId.substring(0, 10);
        for (S3Object object : this.s3.listObjectsV2((list) -> list.bucket(this.repository)
            .prefix(shortId + "/csv")).contents()) {
            this.out.line(object.key());
        }
        HeadObjectResponse head = this.s3.headObject((request) -> request.bucket(this.repository)
            .key("main/example-file.parquet"));
        this.out.line("{'AcceptRanges': '" + head.acceptRanges() + "', 'ContentLength': " + head.contentLength()
                + ", 'ETag': '" + head.eTag() + "', 'Metadata': " + head.metadata() + "}");
    }

}
