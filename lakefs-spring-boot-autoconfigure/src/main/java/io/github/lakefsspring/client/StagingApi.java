package io.github.lakefsspring.client;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.ObjectStats;
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
