package io.github.lakefsspring.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.PresignedMultipartUpload;
import io.github.lakefsspring.client.model.StagingLocation;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.BodyInserter;

/**
 * Writes and reads that bypass lakeFS's data path: reserve a physical address (optionally with a presigned
 * URL), put the bytes there, link the address as an object; and plain transfers to and from presigned URLs,
 * which never carry lakeFS's credentials.
 *
 * @since 0.1.0
 */
public final class StagingApi {

    private static final String BACKING = "/repositories/{repository}/branches/{branch}/staging/backing";

    private static final Operation RESERVE = Operation.get("getPhysicalAddress", BACKING);

    private static final Operation LINK = Operation.put("linkPhysicalAddress", BACKING, true);

    private static final String PMPU = "/repositories/{repository}/branches/{branch}/staging/pmpu";

    private static final Operation CREATE_MULTIPART = Operation.post("createPresignMultipartUpload", PMPU, false);

    private static final Operation COMPLETE_MULTIPART = Operation.put("completePresignMultipartUpload",
            PMPU + "/{uploadId}", false);

    private static final Operation ABORT_MULTIPART = Operation.delete("abortPresignMultipartUpload", PMPU + "/{uploadId}");

    private final LakeFSHttp http;

    StagingApi(LakeFSHttp http) {
        this.http = http;
    }

    /**
     * Reserves an address to write an object to.
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param presign whether to also get a presigned URL to PUT the bytes to
     * @return the reserved address
     */
    public StagingLocation reserve(String repository, String branch, String path, boolean presign) {
        return this.http.call(RESERVE)
            .path("repository", repository)
            .path("branch", branch)
            .query("path", path)
            .query("presign", presign ? "true" : null)
            .retrieve(StagingLocation.class);
    }

    /**
     * Links bytes written to a reserved address as the object at a path.
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param physicalAddress the address as {@link #reserve} returned it
     * @param checksum the bytes' checksum (the storage's ETag)
     * @param sizeBytes their size
     * @param contentType the content type, or {@code null}
     * @param metadata user metadata
     * @param ifAbsent whether to fail with {@link ObjectExistsException} if the object exists
     * @return the object's stats
     */
    public ObjectStats link(String repository, String branch, String path, String physicalAddress, String checksum,
            long sizeBytes, @Nullable String contentType, Map<String, String> metadata, boolean ifAbsent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("staging", Map.of("physical_address", physicalAddress));
        body.put("checksum", checksum);
        body.put("size_bytes", sizeBytes);
        body.put("user_metadata", metadata);
        if (contentType != null) {
            body.put("content_type", contentType);
        }
        return this.http.call(LINK)
            .path("repository", repository)
            .path("branch", branch)
            .query("path", path)
            .header("If-None-Match", ifAbsent ? "*" : null)
            .json(body)
            .retrieve(ObjectStats.class);
    }

    /**
     * Starts a multipart upload straight to the object store (when the storage config says
     * {@code pre_sign_multipart_upload}).
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param parts how many part URLs to presign
     * @return the upload, with a URL per part
     */
    public PresignedMultipartUpload createMultipart(String repository, String branch, String path, int parts) {
        return this.http.call(CREATE_MULTIPART)
            .path("repository", repository)
            .path("branch", branch)
            .query("path", path)
            .query("parts", parts)
            .retrieve(PresignedMultipartUpload.class);
    }

    /**
     * Completes a multipart upload and links the object.
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param upload the upload
     * @param etags the ETag of each part, part 1 first
     * @param contentType the content type, or {@code null}
     * @param metadata user metadata
     * @return the object's stats
     */
    public ObjectStats completeMultipart(String repository, String branch, String path, PresignedMultipartUpload upload,
            List<String> etags, @Nullable String contentType, Map<String, String> metadata) {
        List<Map<String, Object>> parts = new java.util.ArrayList<>();
        for (int i = 0; i < etags.size(); i++) {
            parts.add(Map.of("part_number", i + 1, "etag", etags.get(i)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("physical_address", upload.physicalAddress());
        body.put("parts", parts);
        body.put("user_metadata", metadata);
        if (contentType != null) {
            body.put("content_type", contentType);
        }
        return this.http.call(COMPLETE_MULTIPART)
            .path("repository", repository)
            .path("branch", branch)
            .path("uploadId", upload.uploadId())
            .query("path", path)
            .json(body)
            .retrieve(ObjectStats.class);
    }

    /**
     * Aborts a multipart upload; its parts are discarded.
     * @param repository the repository id
     * @param branch the branch
     * @param path the object's path
     * @param upload the upload
     */
    public void abortMultipart(String repository, String branch, String path, PresignedMultipartUpload upload) {
        this.http.call(ABORT_MULTIPART)
            .path("repository", repository)
            .path("branch", branch)
            .path("uploadId", upload.uploadId())
            .query("path", path)
            .json(Map.of("physical_address", upload.physicalAddress()))
            .send();
    }

    /**
     * Reads from a presigned URL without lakeFS's credentials.
     * @param url the presigned URL
     * @param range an HTTP range, or {@code null}
     * @return the response, whose body streams the bytes
     */
    public ResponseEntity<Flux<DataBuffer>> get(String url, @Nullable String range) {
        return this.http.storageGet(url, range);
    }

    /**
     * Writes to a presigned URL without lakeFS's credentials.
     * @param url the presigned URL
     * @param body the bytes
     * @param contentLength their length, or -1
     * @return the storage's ETag, without quotes, or {@code null}
     */
    public @Nullable String put(String url,
            BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> body,
            long contentLength) {
        String etag = this.http.storagePut(url, body, contentLength);
        return (etag != null) ? etag.replace("\"", "") : null;
    }

}
