package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One source of an import: an object, or every object under a prefix, and where it goes on the branch.
 *
 * @param type {@code object} or {@code common_prefix}
 * @param path the source URI, e.g. {@code s3://bucket/path/}
 * @param destination the path (or prefix) on the branch
 * @since 0.1.0
 */
public record ImportLocation(@JsonProperty("type") String type, @JsonProperty("path") String path,
        @JsonProperty("destination") String destination) {

    /**
     * Every object under a URI prefix.
     * @param uri the source prefix
     * @param destination the prefix on the branch
     * @return the source
     */
    public static ImportLocation prefix(String uri, String destination) {
        return new ImportLocation("common_prefix", uri, destination);
    }

    /**
     * One object.
     * @param uri the source object
     * @param destination the path on the branch
     * @return the source
     */
    public static ImportLocation object(String uri, String destination) {
        return new ImportLocation("object", uri, destination);
    }

}
