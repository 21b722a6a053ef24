package io.github.lakefsspring.embedded.store;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An object to put on a branch's staging area whose bytes are already in the blockstore.
 *
 * @param path the object path
 * @param physicalAddress where the bytes were written
 * @param checksum lowercase hex MD5, unquoted
 * @param sizeBytes content length
 * @param contentType the content type, or null for {@code application/octet-stream}
 * @param metadata user metadata
 * @param mtime modification time override, Unix seconds, or null for now
 * @param ifAbsent fail with 412 if the path exists (staged or committed), atomically with the write
 * @param force whether to write to a read-only repository
 */
public record StageRequest(String path, String physicalAddress, String checksum, long sizeBytes,
        @Nullable String contentType, Map<String, String> metadata, @Nullable Long mtime, boolean ifAbsent,
        boolean force) {

    public StageRequest {
        metadata = Map.copyOf(metadata);
    }
}
