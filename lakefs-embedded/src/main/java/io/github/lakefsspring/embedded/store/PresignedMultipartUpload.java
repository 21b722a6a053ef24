package io.github.lakefsspring.embedded.store;

/**
 * A multipart upload whose parts the client puts straight into the blockstore.
 *
 * @param uploadId the blockstore's upload id
 * @param physicalAddress where the completed object will be
 */
public record PresignedMultipartUpload(String uploadId, String physicalAddress) {
}
