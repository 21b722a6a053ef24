package io.github.lakefsspring.client;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import tools.jackson.core.type.TypeReference;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.ObjectError;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.Page;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * Object calls: upload, download (whole or a range, streamed), HEAD, stat, list, delete, bulk delete, copy and
 * user metadata. Uploads and downloads stream: no object is held whole in memory.
 *
 * @since 0.1.0
 */
public final class ObjectsApi {

    private static final int CHUNK = 64 * 1024;

    private static final String BRANCH_OBJECTS = "/repositories/{repository}/branches/{branch}/objects";

    private static final String REF_OBJECTS = "/repositories/{repository}/refs/{ref}/objects";

    private static final Operation UPLOAD = Operation.post("uploadObject", BRANCH_OBJECTS, true);

    private static final Operation GET = Operation.get("getObject", REF_OBJECTS);

    private static final Operation HEAD = Operation.head("headObject", REF_OBJECTS);

    private static final Operation STAT = Operation.get("statObject", REF_OBJECTS + "/stat");

    private static final Operation LIST = Operation.get("listObjects", REF_OBJECTS + "/ls");

    private static final Operation DELETE = Operation.delete("deleteObject", BRANCH_OBJECTS);

    private static final Operation DELETE_MANY = Operation.post("deleteObjects", BRANCH_OBJECTS + "/delete", true);

    private static final Operation COPY = Operation.post("copyObject", BRANCH_OBJECTS + "/copy", true);

    private static final Operation SET_METADATA = Operation.put("updateObjectUserMetadata",
            BRANCH_OBJECTS + "/stat/user_metadata", true);

    private final LakeFSHttp http;

    ObjectsApi(LakeFSHttp http) {
        this.http = http;
    }

    /**
     * Uploads an object from a stream of buffers (streamed as it is produced; not retried).
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param content the bytes
     * @param contentLength the length if known, or -1 to send chunked
     * @param options content type, metadata and create-only mode
     * @return the stored object's stats
     * @throws ObjectExistsException when {@link UploadOptions#ifAbsent()} is set and the object exists
     */
    public ObjectStats upload(String repository, String branch, String path, Publisher<DataBuffer> content,
            long contentLength, UploadOptions options) {
        return send(repository, branch, path,
                BodyInserters.fromDataBuffers(this.http.countedUpload(content, UPLOAD.name())), contentLength, options,
                false);
    }

    /**
     * Uploads an object from an input stream, read as it is sent; the stream is closed at the end.
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param content the bytes
     * @param contentLength the length if known, or -1 to send chunked
     * @param options content type, metadata and create-only mode
     * @return the stored object's stats
     */
    public ObjectStats upload(String repository, String branch, String path, InputStream content, long contentLength,
            UploadOptions options) {
        Flux<DataBuffer> buffers = DataBufferUtils.readInputStream(() -> content, DefaultDataBufferFactory.sharedInstance,
                CHUNK);
        return send(repository, branch, path,
                BodyInserters.fromDataBuffers(this.http.countedUpload(buffers, UPLOAD.name())), contentLength, options,
                false);
    }

    /**
     * Uploads a file, streamed from disk (retried on transient failures, since it can be read again).
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param file the file
     * @param options content type, metadata and create-only mode
     * @return the stored object's stats
     */
    public ObjectStats upload(String repository, String branch, String path, Path file, UploadOptions options) {
        long size;
        try {
            size = Files.size(file);
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException("Cannot read " + file, ex);
        }
        Flux<DataBuffer> buffers = DataBufferUtils.read(file, DefaultDataBufferFactory.sharedInstance, CHUNK);
        return send(repository, branch, path,
                BodyInserters.fromDataBuffers(this.http.countedUpload(buffers, UPLOAD.name())), size, options, true);
    }

    /**
     * Uploads bytes (retried on transient failures).
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param content the bytes
     * @param options content type, metadata and create-only mode
     * @return the stored object's stats
     */
    public ObjectStats upload(String repository, String branch, String path, byte[] content, UploadOptions options) {
        ObjectStats stats = send(repository, branch, path, BodyInserters.fromValue(content), content.length, options,
                true);
        this.http.uploaded(UPLOAD.name(), content.length);
        return stats;
    }

    /**
     * Uploads text as UTF-8 (retried on transient failures).
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param content the text
     * @param options content type, metadata and create-only mode
     * @return the stored object's stats
     */
    public ObjectStats upload(String repository, String branch, String path, String content, UploadOptions options) {
        return upload(repository, branch, path, content.getBytes(StandardCharsets.UTF_8), options);
    }

    private ObjectStats send(String repository, String branch, String path,
            BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> body, long length,
            UploadOptions options, boolean replayable) {
        return this.http.call(UPLOAD)
            .path("repository", repository)
            .path("branch", branch)
            .query("path", path)
            .idempotent(replayable && !options.ifAbsent())
            .transfer()
            .headers((headers) -> {
                headers.set(HttpHeaders.CONTENT_TYPE,
                        (options.contentType() != null) ? options.contentType() : "application/octet-stream");
                if (length >= 0) {
                    headers.setContentLength(length);
                }
                if (options.ifAbsent()) {
                    headers.setIfNoneMatch("*");
                }
                options.metadata().forEach((key, value) -> headers.set("X-Lakefs-Meta-" + key, value));
            })
            .upload(body, ObjectStats.class);
    }

    /**
     * Downloads an object, or a range of it, as a stream of buffers that the caller must consume or cancel
     * (use {@link DataBufferUtils#release} on each buffer, or an operator that does).
     * @param repository the repository id
     * @param ref any ref expression
     * @param path the object's path
     * @param range an HTTP range such as {@code bytes=0-99}, or {@code null} for the whole object
     * @return the response, whose body streams the bytes
     * @throws ObjectNotFoundException when there is no such object
     * @throws InvalidRangeException when the range is outside the object
     */
    public ResponseEntity<Flux<DataBuffer>> download(String repository, String ref, String path, @Nullable String range) {
        return this.http.call(GET)
            .path("repository", repository)
            .path("ref", ref)
            .query("path", path)
            .header(HttpHeaders.RANGE, range)
            .transfer()
            .download();
    }

    /**
     * Downloads an object, or a range of it, as an input stream that reads from the network as it is read; close
     * it to release the connection.
     * @param repository the repository id
     * @param ref any ref expression
     * @param path the object's path
     * @param range an HTTP range such as {@code bytes=0-99}, or {@code null} for the whole object
     * @return the bytes
     */
    public InputStream read(String repository, String ref, String path, @Nullable String range) {
        ResponseEntity<Flux<DataBuffer>> response = download(repository, ref, path, range);
        Flux<DataBuffer> body = (response.getBody() != null) ? response.getBody() : Flux.empty();
        return DataBufferUtils.subscriberInputStream(body, 4);
    }

    /**
     * The URL a presigned read redirects to, without following it.
     * @param repository the repository id
     * @param ref any ref expression
     * @param path the object's path
     * @return the storage URL
     */
    public String presignedUrl(String repository, String ref, String path) {
        return stat(repository, ref, path, true, false).physicalAddress();
    }

    /**
     * Whether an object exists (a HEAD request). HEAD answers carry no message, so a missing repository or ref
     * also reads as {@code false}, as in the lakeFS Python SDK.
     * @param repository the repository id
     * @param ref any ref expression
     * @param path the object's path
     * @return whether it exists
     */
    public boolean exists(String repository, String ref, String path) {
        try {
            this.http.call(HEAD).path("repository", repository).path("ref", ref).query("path", path).head();
            return true;
        }
        catch (NotFoundException ex) {
            return false;
        }
    }

    /**
     * An object's stats.
     * @param repository the repository id
     * @param ref any ref expression
     * @param path the object's path
     * @param presign whether {@link ObjectStats#physicalAddress()} should be a presigned URL
     * @param userMetadata whether to include user metadata
     * @return the stats
     */
    public ObjectStats stat(String repository, String ref, String path, boolean presign, boolean userMetadata) {
        return this.http.call(STAT)
            .path("repository", repository)
            .path("ref", ref)
            .query("path", path)
            .query("presign", presign ? "true" : null)
            .query("user_metadata", userMetadata ? null : "false")
            .retrieve(ObjectStats.class);
    }

    /**
     * One page of objects (and, with a delimiter, common prefixes).
     * @param repository the repository id
     * @param ref any ref expression
     * @param prefix only paths starting with it, or {@code null}
     * @param delimiter groups paths into common prefixes at it, or {@code null} for a recursive listing
     * @param after only paths after it, or {@code null}
     * @param amount the page size, 1 to 1000
     * @param userMetadata whether objects carry their user metadata
     * @return the page
     */
    public Page<ObjectStats> list(String repository, String ref, @Nullable String prefix, @Nullable String delimiter,
            @Nullable String after, int amount, boolean userMetadata) {
        return this.http.call(LIST)
            .path("repository", repository)
            .path("ref", ref)
            .query("prefix", prefix)
            .query("delimiter", delimiter)
            .query("after", after)
            .query("amount", amount)
            .query("user_metadata", userMetadata ? null : "false")
            .retrieve(new TypeReference<Page<ObjectStats>>() {
            });
    }

    /**
     * Deletes an object from a branch (staged as an uncommitted change; a missing object is not an error).
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     */
    public void delete(String repository, String branch, String path) {
        this.http.call(DELETE).path("repository", repository).path("branch", branch).query("path", path).send();
    }

    /**
     * Deletes up to 1000 objects in one call.
     * @param repository the repository id
     * @param branch the branch
     * @param paths the paths, at most 1000
     * @return the paths that could not be deleted, with why
     */
    public List<ObjectError> delete(String repository, String branch, List<String> paths) {
        if (paths.size() > 1000) {
            throw new IllegalArgumentException(paths.size() + " paths is invalid: lakeFS deletes at most 1000 per call");
        }
        Map<String, List<ObjectError>> answer = this.http.call(DELETE_MANY)
            .path("repository", repository)
            .path("branch", branch)
            .json(Map.of("paths", paths))
            .retrieve(new TypeReference<Map<String, List<ObjectError>>>() {
            });
        return answer.getOrDefault("errors", List.of());
    }

    /**
     * Copies an object within a repository, with its content type and metadata.
     * @param repository the repository id
     * @param sourceRef the ref to copy from
     * @param sourcePath the object to copy
     * @param destinationBranch the branch to copy to
     * @param destinationPath the path to copy to
     * @return the copy's stats
     */
    public ObjectStats copy(String repository, String sourceRef, String sourcePath, String destinationBranch,
            String destinationPath) {
        return this.http.call(COPY)
            .path("repository", repository)
            .path("branch", destinationBranch)
            .query("dest_path", destinationPath)
            .json(Map.of("src_path", sourcePath, "src_ref", sourceRef))
            .retrieve(ObjectStats.class);
    }

    /**
     * Replaces an object's user metadata.
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param metadata the new metadata
     */
    public void setUserMetadata(String repository, String branch, String path, Map<String, String> metadata) {
        this.http.call(SET_METADATA)
            .path("repository", repository)
            .path("branch", branch)
            .query("path", path)
            .json(Map.of("set", metadata))
            .send();
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

}
