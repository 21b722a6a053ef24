package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * An address reserved for writing an object straight to the object store, to be linked afterwards.
 *
 * @param physicalAddress the reserved address (pass it back unchanged when linking)
 * @param presignedUrl a URL to PUT the bytes to, when asked for and supported
 * @param presignedUrlExpiry when the URL expires, in Unix seconds
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StagingLocation(@JsonProperty("physical_address") String physicalAddress,
        @JsonProperty("presigned_url") @Nullable String presignedUrl,
        @JsonProperty("presigned_url_expiry") @Nullable Long presignedUrlExpiry) {

}
