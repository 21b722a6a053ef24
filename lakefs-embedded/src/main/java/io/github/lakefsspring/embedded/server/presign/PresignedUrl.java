package io.github.lakefsspring.embedded.server.presign;

import org.jspecify.annotations.Nullable;

/**
 * What a presigned URL grants: one method on one physical address (or one part of a multipart upload to
 * it) until a moment.
 *
 * @param method {@code GET} (read) or {@code PUT} (write)
 * @param physicalAddress the storage URI the URL reads or writes
 * @param expires Unix seconds after which the URL is refused
 * @param uploadId the multipart upload a part belongs to, or null
 * @param partNumber the part number (1-based) within {@code uploadId}, or 0
 */
public record PresignedUrl(String method, String physicalAddress, long expires, @Nullable String uploadId,
        int partNumber) {

    /** @return whether the URL writes one part of a multipart upload */
    public boolean isPart() {
        return uploadId != null;
    }
}
