package io.github.lakefsspring.embedded.store;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * An S3 gateway multipart upload in progress: where its parts are assembled, and the object it becomes. The
 * store keeps it, so that an upload survives a restart of the server.
 *
 * @param repository the repository (the S3 bucket)
 * @param branch the branch the object is written to
 * @param path the object's path on the branch
 * @param physicalAddress where the parts are assembled
 * @param contentType the object's content type, or null
 * @param metadata the object's user metadata
 */
public record PendingMultipartUpload(String repository, String branch, String path, String physicalAddress,
        @Nullable String contentType, TreeMap<String, String> metadata) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public PendingMultipartUpload(String repository, String branch, String path, String physicalAddress,
            @Nullable String contentType, Map<String, String> metadata) {
        this(repository, branch, path, physicalAddress, contentType, new TreeMap<>(metadata));
    }

}
