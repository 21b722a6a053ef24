package io.github.lakefsspring.embedded.store.blockstore;

/**
 * Which lakeFS blockstore the embedded server behaves as.
 */
public enum BlockstoreType {

    /**
     * lakeFS on S3 (the default): namespaces of any supported scheme ({@code s3://}, {@code gs://},
     * {@code az://}, {@code https://}, {@code local://}), presigned URLs and imports supported.
     */
    S3("s3"),

    /** lakeFS on its {@code local} blockstore: {@code local://} namespaces only, no presigned URLs. */
    LOCAL("local");

    private final String wireName;

    BlockstoreType(String wireName) {
        this.wireName = wireName;
    }

    /** @return the {@code blockstore_type} lakeFS reports */
    public String wireName() {
        return wireName;
    }
}
