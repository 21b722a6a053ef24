package io.github.lakefsspring.core;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;

/**
 * How an object is written.
 *
 * @param contentType the object's content type, or {@code null} for {@code application/octet-stream}
 * @param metadata user metadata stored with the object (keys are lower-cased by lakeFS)
 * @param mode whether an existing object is overwritten or the write fails
 * @param presign whether to write straight to the object store through a presigned URL: {@code null} decides
 * from the server's storage configuration, {@code true} insists, {@code false} always streams through lakeFS
 * @since 0.1.0
 */
public record WriteOptions(@Nullable String contentType, Map<String, String> metadata, WriteMode mode,
        @Nullable Boolean presign) {

    /** Checks the options as the upload will; metadata keys must be HTTP header tokens. */
    public WriteOptions {
        metadata = Map.copyOf(metadata);
        new UploadOptions(contentType, metadata, false);
    }

    /**
     * Overwrite, no content type or metadata, presign as the server allows.
     * @return the default options
     */
    public static WriteOptions defaults() {
        return new WriteOptions(null, Map.of(), WriteMode.OVERWRITE, null);
    }

    /**
     * The defaults with a content type.
     * @param contentType the content type
     * @return the options
     */
    public static WriteOptions contentType(String contentType) {
        return defaults().withContentType(contentType);
    }

    /**
     * The defaults, failing if the object exists.
     * @return the options
     */
    public static WriteOptions createOnly() {
        return defaults().withMode(WriteMode.CREATE);
    }

    /**
     * Like these options, with a content type.
     * @param contentType the content type
     * @return the new options
     */
    public WriteOptions withContentType(@Nullable String contentType) {
        return new WriteOptions(contentType, this.metadata, this.mode, this.presign);
    }

    /**
     * Like these options, with user metadata.
     * @param metadata the metadata
     * @return the new options
     */
    public WriteOptions withMetadata(Map<String, String> metadata) {
        return new WriteOptions(this.contentType, metadata, this.mode, this.presign);
    }

    /**
     * Like these options, with a write mode.
     * @param mode the mode
     * @return the new options
     */
    public WriteOptions withMode(WriteMode mode) {
        return new WriteOptions(this.contentType, this.metadata, mode, this.presign);
    }

    /**
     * Like these options, with presigned writes forced on or off, or {@code null} to follow the server.
     * @param presign whether to write through a presigned URL
     * @return the new options
     */
    public WriteOptions withPresign(@Nullable Boolean presign) {
        return new WriteOptions(this.contentType, this.metadata, this.mode, presign);
    }

}
