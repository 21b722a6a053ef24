package io.github.lakefsspring.embedded.store.blockstore;

/**
 * Bytes that are durably in the blockstore.
 *
 * @param physicalAddress the storage URI of the bytes
 * @param checksum lowercase hex MD5 of the content (for a multipart object: MD5 of the parts' MD5s)
 * @param sizeBytes content length
 */
public record StoredBlob(String physicalAddress, String checksum, long sizeBytes) {

    /**
     * One part of a multipart upload.
     *
     * @param partNumber 1-based part number
     * @param etag the part's ETag as returned when it was written (quotes optional)
     */
    public record Part(int partNumber, String etag) {
    }
}
