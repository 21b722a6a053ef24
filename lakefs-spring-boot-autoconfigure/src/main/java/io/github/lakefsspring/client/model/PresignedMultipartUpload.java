package io.github.lakefsspring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A multipart upload straight to the object store: one presigned URL per part, to be completed (or aborted)
 * through lakeFS.
 *
 * @param uploadId the upload id
 * @param physicalAddress where the object will be
 * @param presignedUrls the URL to PUT each part to, part 1 first
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PresignedMultipartUpload(@JsonProperty("upload_id") String uploadId,
        @JsonProperty("physical_address") String physicalAddress,
        @JsonProperty("presigned_urls") List<String> presignedUrls) {

    public PresignedMultipartUpload {
        presignedUrls = (presignedUrls != null) ? List.copyOf(presignedUrls) : List.of();
    }

}
