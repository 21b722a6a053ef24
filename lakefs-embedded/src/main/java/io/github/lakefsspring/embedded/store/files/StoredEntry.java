package io.github.lakefsspring.embedded.store.files;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.store.ObjectEntry;

/**
 * An object as the store keeps it under its path, in a committed tree or a staging area; a tombstone marks a
 * staged deletion.
 */
record StoredEntry(String physicalAddress, String checksum, long sizeBytes, long mtime, String contentType,
        TreeMap<String, String> metadata, boolean tombstone) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final StoredEntry TOMBSTONE = new StoredEntry("", "", 0, 0, "", new TreeMap<>(), true);

    static StoredEntry of(String physicalAddress, String checksum, long sizeBytes, long mtime, String contentType,
            Map<String, String> metadata) {
        return new StoredEntry(physicalAddress, checksum, sizeBytes, mtime, contentType, new TreeMap<>(metadata), false);
    }

    ObjectEntry toObject(String path) {
        return new ObjectEntry(path, this.physicalAddress, this.checksum, this.sizeBytes, this.mtime, this.contentType,
                this.metadata);
    }

    /** Whether two entries are the same object version, as lakeFS's diff decides it. */
    boolean sameAs(StoredEntry other) {
        return this.physicalAddress.equals(other.physicalAddress) && this.checksum.equals(other.checksum)
                && this.contentType.equals(other.contentType) && this.metadata.equals(other.metadata)
                && this.sizeBytes == other.sizeBytes;
    }

}
