package io.github.lakefsspring.client.model;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An object's stats, or in a listing with a delimiter, a common prefix ({@link #isCommonPrefix()}), which has
 * only a path.
 *
 * @param path the object's path (ending in the delimiter for a common prefix)
 * @param pathType an object, or with a delimiter a common prefix
 * @param physicalAddress where its bytes are, or a presigned URL to them
 * @param physicalAddressExpiry when a presigned URL expires, in Unix seconds, or {@code null}
 * @param checksum its checksum (an MD5 for most uploads)
 * @param sizeBytes its size
 * @param mtime when it was last written, in Unix seconds
 * @param metadata its user metadata
 * @param contentType its content type
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonDeserialize(using = ObjectStatsDeserializer.class)
public record ObjectStats(@JsonProperty("path") String path, @JsonProperty("path_type") PathType pathType,
        @JsonProperty("physical_address") String physicalAddress,
        @JsonProperty("physical_address_expiry") @Nullable Long physicalAddressExpiry,
        @JsonProperty("checksum") String checksum, @JsonProperty("size_bytes") long sizeBytes,
        @JsonProperty("mtime") long mtime, @JsonProperty("metadata") Map<String, String> metadata,
        @JsonProperty("content_type") String contentType) {

    public ObjectStats {
        pathType = (pathType != null) ? pathType : PathType.OBJECT;
        physicalAddress = (physicalAddress != null) ? physicalAddress : "";
        checksum = (checksum != null) ? checksum : "";
        metadata = (metadata != null) ? Map.copyOf(metadata) : Map.of();
        contentType = (contentType != null) ? contentType : "";
    }

    /** @return whether this is a common prefix of a listing with a delimiter rather than an object */
    public boolean isCommonPrefix() {
        return this.pathType == PathType.COMMON_PREFIX;
    }

    /** @return when it was last written */
    public Instant modifiedAt() {
        return Instant.ofEpochSecond(this.mtime);
    }

}
