package io.github.lakefsspring.client;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.ObjectExchange;
import io.github.lakefsspring.client.http.RequestBodies.ObjectCopyCreation;
import io.github.lakefsspring.client.http.RequestBodies.PathList;
import io.github.lakefsspring.client.http.RequestBodies.UserMetadataUpdate;
import io.github.lakefsspring.client.model.ObjectError;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.Page;

/**
 * Object calls: upload, download (whole or a range, streamed), HEAD, stat, list, delete, bulk delete, copy and
 * user metadata. Uploads and downloads stream: no object is held whole in memory.
 *
 * @since 0.1.0
 */
public final class ObjectsApi {

    private final ObjectExchange exchange;

    private final ObjectTransfers transfers;

    ObjectsApi(ObjectExchange exchange, ObjectTransfers transfers) {
        this.exchange = exchange;
        this.transfers = transfers;
    }

    /**
     * Uploads an object, streamed as it is sent. Bodies that can be read again (bytes, text, files) are retried after
     * a transient failure; a stream is sent once.
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param body the bytes
     * @param options content type, metadata and create-only mode
     * @return the stored object's stats
     * @throws ObjectExistsException when {@link UploadOptions#ifAbsent()} is set and the object exists
     */
    public ObjectStats upload(String repository, String branch, String path, UploadBody body, UploadOptions options) {
        return this.transfers.upload(repository, branch, path, body, options);
    }

    /**
     * Uploads an object from a stream, read as it is sent and closed at the end.
     * @param contentLength the length if known, or -1 to send chunked
     * @return the stored object's stats
     */
    public ObjectStats upload(String repository, String branch, String path, InputStream content, long contentLength,
            UploadOptions options) {
        return upload(repository, branch, path, UploadBody.of(content, contentLength), options);
    }

    /** @return the stored object's stats, after uploading a file streamed from disk */
    public ObjectStats upload(String repository, String branch, String path, Path file, UploadOptions options) {
        return upload(repository, branch, path, UploadBody.of(file), options);
    }

    /** @return the stored object's stats, after uploading bytes */
    public ObjectStats upload(String repository, String branch, String path, byte[] content, UploadOptions options) {
        return upload(repository, branch, path, UploadBody.of(content), options);
    }

    /** @return the stored object's stats, after uploading text as UTF-8 */
    public ObjectStats upload(String repository, String branch, String path, String content, UploadOptions options) {
        return upload(repository, branch, path, UploadBody.of(content), options);
    }

    /**
     * Downloads an object, or a range of it; close the content to release the connection.
     * @param ref any ref expression
     * @param range an HTTP range such as {@code bytes=0-99}, or {@code null} for the whole object
     * @return the bytes, streamed
     * @throws ObjectNotFoundException when there is no such object
     * @throws InvalidRangeException when the range is outside the object
     */
    public ObjectContent download(String repository, String ref, String path, @Nullable String range) {
        return this.transfers.download(repository, ref, path, range);
    }

    /**
     * Downloads an object, or a range of it, as a stream that reads from the network as it is read; close it to
     * release the connection.
     * @return the bytes
     */
    public InputStream read(String repository, String ref, String path, @Nullable String range) {
        return download(repository, ref, path, range).stream();
    }

    /** @return a presigned URL to read the object from its storage without lakeFS's credentials */
    public String presignedUrl(String repository, String ref, String path) {
        return stat(repository, ref, path, true, false).physicalAddress();
    }

    /**
     * Whether an object exists (a HEAD request). HEAD answers carry no message, so a missing repository or ref
     * also reads as {@code false}, as in the lakeFS Python SDK.
     * @return whether it exists
     */
    public boolean exists(String repository, String ref, String path) {
        try {
            this.exchange.headObject(repository, ref, path);
            return true;
        }
        catch (NotFoundException ex) {
            return false;
        }
    }

    /**
     * An object's stats.
     * @param presign whether {@link ObjectStats#physicalAddress()} should be a presigned URL
     * @param userMetadata whether to include user metadata
     * @return the stats
     */
    public ObjectStats stat(String repository, String ref, String path, boolean presign, boolean userMetadata) {
        if (!presign && userMetadata) {
            return this.exchange.statObject(repository, ref, path);
        }
        return this.exchange.statObject(repository, ref, path, presign, userMetadata);
    }

    /**
     * One page of objects (and, with a delimiter, common prefixes).
     * @param delimiter groups paths into common prefixes at it, or {@code null} for a recursive listing
     * @param amount the page size, 1 to 1000
     * @param userMetadata whether objects carry their user metadata
     * @return the page
     */
    public Page<ObjectStats> list(String repository, String ref, @Nullable String prefix, @Nullable String delimiter,
            @Nullable String after, int amount, boolean userMetadata) {
        return this.exchange.listObjects(repository, ref, prefix, delimiter, after, amount,
                userMetadata ? null : Boolean.FALSE);
    }

    /** Deletes an object from a branch (an uncommitted change; a missing object is not an error). */
    public void delete(String repository, String branch, String path) {
        this.exchange.deleteObject(repository, branch, path);
    }

    /**
     * Deletes up to 1000 objects in one call.
     * @return the paths that could not be deleted, with why
     */
    public List<ObjectError> delete(String repository, String branch, List<String> paths) {
        if (paths.size() > 1000) {
            throw new IllegalArgumentException(paths.size() + " paths is invalid: lakeFS deletes at most 1000 per call");
        }
        List<ObjectError> errors = this.exchange.deleteObjects(repository, branch, new PathList(paths)).errors();
        return (errors != null) ? errors : List.of();
    }

    /**
     * Copies an object within a repository, with its content type and metadata.
     * @return the copy's stats
     */
    public ObjectStats copy(String repository, String sourceRef, String sourcePath, String destinationBranch,
            String destinationPath) {
        return this.exchange.copyObject(repository, destinationBranch, destinationPath,
                new ObjectCopyCreation(sourcePath, sourceRef));
    }

    /** Replaces an object's user metadata. */
    public void setUserMetadata(String repository, String branch, String path, Map<String, String> metadata) {
        this.exchange.updateObjectUserMetadata(repository, branch, path, new UserMetadataUpdate(metadata));
    }

    /**
     * How an object is uploaded.
     *
     * @param contentType the object's content type, or {@code null} for {@code application/octet-stream}
     * @param metadata user metadata, sent as {@code X-Lakefs-Meta-*} headers (lakeFS lower-cases the keys)
     * @param ifAbsent whether to fail with {@link ObjectExistsException} if the object exists
     */
    public record UploadOptions(@Nullable String contentType, Map<String, String> metadata, boolean ifAbsent) {

        public UploadOptions {
            metadata = Map.copyOf(metadata);
            metadata.keySet().forEach((key) -> {
                if (key.isEmpty() || !key.chars().allMatch((c) -> c > ' ' && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
                    throw new IllegalArgumentException("Metadata key '" + key + "' is invalid: it must be an HTTP "
                            + "header token (visible ASCII without separators)");
                }
            });
        }

        /** @return no content type, no metadata, overwrite */
        public static UploadOptions defaults() {
            return new UploadOptions(null, Map.of(), false);
        }

        /**
         * @param contentType the content type
         * @return the options with a content type
         */
        public static UploadOptions contentType(String contentType) {
            return new UploadOptions(contentType, Map.of(), false);
        }

    }

    /**
     * The object's properties in the underlying object store.
     * @return its storage class (such as {@code STANDARD_IA}), or {@code null} where the store has none
     */
    public @Nullable String storageClass(String repository, String ref, String path) {
        return this.exchange.getUnderlyingProperties(repository, ref, path).storageClass();
    }

}
