package io.github.lakefsspring.embedded.store;

import java.util.Map;

/**
 * An object as the store keeps it, staged or committed.
 *
 * @param path the object's path in the repository (1 to 1024 bytes of UTF-8)
 * @param physicalAddress where its bytes are, as a storage URI in the repository's scheme
 * @param checksum lowercase hex MD5 of the content, unquoted
 * @param sizeBytes content length
 * @param mtime last modification, Unix seconds
 * @param contentType the stored content type; {@code application/octet-stream} when none was given
 * @param metadata user metadata, never null
 */
public record ObjectEntry(String path, String physicalAddress, String checksum, long sizeBytes, long mtime,
        String contentType, Map<String, String> metadata) implements ListingItem {

    public ObjectEntry {
        metadata = Map.copyOf(metadata);
    }
}
