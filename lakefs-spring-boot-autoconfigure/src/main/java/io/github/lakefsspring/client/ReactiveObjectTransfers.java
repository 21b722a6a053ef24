package io.github.lakefsspring.client;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClientRequest;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.TransferListener.Direction;
import io.github.lakefsspring.client.model.ObjectStats;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Moves object bytes for the reactive client, as {@code Flux<DataBuffer>} both ways and never held whole. The
 * transfer timeout bounds each side's silence: no buffer from lakeFS for that long fails a download, no buffer
 * taken by lakeFS (it stopped reading) or given by the caller for that long fails an upload. Counts bytes as
 * {@link ObjectTransfers} does.
 */
final class ReactiveObjectTransfers {

    private static final String OBJECTS = "/repositories/{repository}/branches/{branch}/objects?path={path}";

    private static final String REF_OBJECTS = "/repositories/{repository}/refs/{ref}/objects?path={path}";

    private final WebClient lakefs;

    private final ReactiveLakeFSCalls calls;

    private final TransferListener listener;

    private final Duration timeout;

    ReactiveObjectTransfers(WebClient lakefs, ReactiveLakeFSCalls calls, TransferListener listener, Duration timeout) {
        this.lakefs = lakefs;
        this.calls = calls;
        this.listener = listener;
        this.timeout = timeout;
    }

    /** Streams an object's bytes; retried (when safe) only until its answer starts. */
    Flux<DataBuffer> download(String repository, String ref, String path, @Nullable String range) {
        CallContext call = new CallContext("getObject", "GET", true, repository, ref);
        AtomicLong received = new AtomicLong();
        Flux<DataBuffer> body = this.lakefs.get()
            .uri(REF_OBJECTS, repository, ref, path)
            .headers((headers) -> {
                if (range != null) {
                    headers.set(HttpHeaders.RANGE, range);
                }
            })
            .httpRequest(this::answerWithinTransferTimeout)
            .retrieve()
            .bodyToFlux(DataBuffer.class)
            .timeout(this.timeout, Mono.error(() -> new LakeFSNetworkException("lakeFS sent nothing of "
                    + call.operation() + " for longer than the transfer timeout of " + this.timeout + " (after "
                    + received.get() + " bytes)", null)))
            .doOnNext((buffer) -> {
                received.addAndGet(buffer.readableByteCount());
                this.listener.transferred(call.operation(), Direction.DOWNLOAD, buffer.readableByteCount());
            });
        return this.calls.flux(call, this.timeout, body);
    }

    /**
     * Uploads a stream of buffers, which is subscribed once: the upload is never retried.
     * @param length the number of bytes, or -1 when unknown (then the body is sent chunked)
     */
    Mono<ObjectStats> upload(String repository, String branch, String path, Publisher<DataBuffer> content, long length,
            UploadOptions options) {
        CallContext call = new CallContext("uploadObject", "POST", false, repository, branch);
        Flux<DataBuffer> counted = Flux.from(content)
            .timeout(this.timeout, Mono.error(() -> new LakeFSNetworkException("No request body of "
                    + call.operation() + " moved for longer than the transfer timeout of " + this.timeout
                    + ": lakeFS stopped reading it, or its publisher stopped giving it", null)))
            .doOnNext((buffer) -> this.listener.transferred(call.operation(), Direction.UPLOAD,
                    buffer.readableByteCount()));
        Mono<ObjectStats> upload = this.lakefs.post()
            .uri(OBJECTS, repository, branch, path)
            .headers((headers) -> {
                headers.setContentType((options.contentType() != null) ? MediaType.parseMediaType(options.contentType())
                        : MediaType.APPLICATION_OCTET_STREAM);
                if (length >= 0) {
                    headers.setContentLength(length);
                }
                if (options.ifAbsent()) {
                    headers.setIfNoneMatch("*");
                }
                options.metadata().forEach((key, value) -> headers.set("X-Lakefs-Meta-" + key, value));
            })
            .httpRequest(this::answerWithinTransferTimeout)
            .body(BodyInserters.fromDataBuffers(counted))
            .retrieve()
            .bodyToMono(ObjectStats.class);
        return this.calls.mono(call, this.timeout, upload);
    }

    /** A transfer's answer may take as long as the transfer timeout (API calls have the read timeout). */
    private void answerWithinTransferTimeout(ClientHttpRequest request) {
        if (request.getNativeRequest() instanceof HttpClientRequest reactor) {
            reactor.responseTimeout(this.timeout);
        }
    }

}
