/**
 * lakeFS through its S3 gateway with the AWS SDK for Java v2: the gateway endpoint of a lakeFS server, and a
 * routing {@code S3Client} that sends chosen buckets to lakeFS and the rest to the application's own S3 client.
 */
@NullMarked
package io.github.lakefsspring.s3;

import org.jspecify.annotations.NullMarked;
