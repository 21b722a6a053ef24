package io.github.lakefsspring.s3;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where requests for buckets matching a glob go: to lakeFS (optionally under another bucket name, and with keys
 * prefixed by a ref, so that {@code data/x} becomes {@code main/data/x}), or to the application's own S3 client.
 *
 * @param bucketPattern a glob over bucket names ({@code *} and {@code ?})
 * @param target where matching buckets go
 * @param repository the lakeFS repository to use as the bucket, or {@code null} for the same name
 * @param ref the ref to prefix keys with, or {@code null} when keys already start with one
 * @since 0.1.0
 */
public record S3RoutingRule(String bucketPattern, Target target, @Nullable String repository, @Nullable String ref) {

    /** Where a rule sends requests. */
    public enum Target {

        /** The lakeFS S3 gateway. */
        LAKEFS,

        /** The application's own S3 client. */
        DEFAULT

    }

    boolean matches(String bucket) {
        StringBuilder regex = new StringBuilder();
        for (char c : this.bucketPattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return bucket.matches(regex.toString());
    }

}
