package io.github.lakefsspring.client;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.http.ReactiveObjectExchange;
import io.github.lakefsspring.client.http.RequestBodies.PathList;
import io.github.lakefsspring.client.model.ObjectError;
import io.github.lakefsspring.client.model.ObjectStats;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

/**
 * Reactive object calls: stats, listings, deletes, and object bytes streamed as {@code Flux<DataBuffer>} both ways.
 *
 * @since 0.1.0
 */
public final class ReactiveObjectsApi {

    private static final int MAX_DELETE = 1000;

    private final ReactiveObjectExchange exchange;

    private final ReactiveObjectTransfers transfers;

    ReactiveObjectsApi(ReactiveObjectExchange exchange, ReactiveObjectTransfers transfers) {
        this.exchange = exchange;
        this.transfers = transfers;
    }

    /** @return the object's stats, with its user metadata */
    public Mono<ObjectStats> stat(String repository, String ref, String path) {
        return this.exchange.statObject(repository, ref, path);
    }

    /**
     * Whether an object exists (a HEAD request; a missing repository or ref also reads as {@code false}, as in
     * the lakeFS Python SDK).
     * @return whether it exists
     */
    public Mono<Boolean> exists(String repository, String ref, String path) {
        return this.exchange.headObject(repository, ref, path)
            .thenReturn(Boolean.TRUE)
            .onErrorResume(NotFoundException.class, (ex) -> Mono.just(Boolean.FALSE));
    }

    /**
     * @param prefix only paths that start with it, or {@code null} for all
     * @return every object below the prefix (recursively), page by page as they are consumed
     */
    public Flux<ObjectStats> list(String repository, String ref, @Nullable String prefix) {
        return ReactivePages.all((after) -> this.exchange.listObjects(repository, ref, prefix, null, after,
                ReactivePages.PAGE_SIZE, null));
    }

    /**
     * An object's bytes, streamed: each buffer must be released by the subscriber (as with any
     * {@code Flux<DataBuffer>}). Retried, when it is safe, only until the answer starts.
     * @param range an HTTP range such as {@code bytes=0-99}, or {@code null} for all
     * @return the bytes
     */
    public Flux<DataBuffer> download(String repository, String ref, String path, @Nullable String range) {
        return this.transfers.download(repository, ref, path, range);
    }

    /**
     * Uploads a stream of buffers (subscribed once, so never retried) as an uncommitted change.
     * @param length the number of bytes, or -1 when unknown (then sent chunked)
     * @return the new object's stats
     */
    public Mono<ObjectStats> upload(String repository, String branch, String path, Publisher<DataBuffer> content,
            long length, UploadOptions options) {
        return this.transfers.upload(repository, branch, path, content, length, options);
    }

    /** @return the new object's stats, after uploading these bytes */
    public Mono<ObjectStats> upload(String repository, String branch, String path, byte[] content,
            UploadOptions options) {
        return upload(repository, branch, path, Mono.fromSupplier(() -> DefaultDataBufferFactory.sharedInstance
            .wrap(content)), content.length, options);
    }

    /** @return completes once the object is deleted from the branch (a missing object is not an error) */
    public Mono<Void> delete(String repository, String branch, String path) {
        return this.exchange.deleteObject(repository, branch, path);
    }

    /**
     * Deletes up to 1000 objects in one call.
     * @return the paths that could not be deleted, with why
     */
    public Mono<List<ObjectError>> delete(String repository, String branch, List<String> paths) {
        if (paths.size() > MAX_DELETE) {
            return Mono.error(new IllegalArgumentException(paths.size() + " paths is invalid: lakeFS deletes at most "
                    + MAX_DELETE + " per call"));
        }
        return this.exchange.deleteObjects(repository, branch, new PathList(paths))
            .map((list) -> (list.errors() != null) ? list.errors() : List.<ObjectError>of());
    }

}
