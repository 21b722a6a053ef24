package io.github.lakefsspring.embedded.server.http;

import io.netty.buffer.ByteBuf;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What an operation does once its request has been validated and authenticated. */
public sealed interface Handler permits Handler.Blocking, Handler.Streaming {

    /**
     * An operation that reads a small JSON body (already parsed into the request) and may block: it runs
     * on the server's bounded pool of store threads, never on a network thread.
     */
    @FunctionalInterface
    non-sealed interface Blocking extends Handler {
        ApiResponse handle(ApiRequest request) throws Exception;
    }

    /**
     * An operation that consumes its request body as a stream of buffers (uploads). It must consume or
     * cancel {@code body}, release every buffer it takes, and do blocking work off the network thread.
     */
    @FunctionalInterface
    non-sealed interface Streaming extends Handler {
        Mono<ApiResponse> handle(ApiRequest request, Flux<ByteBuf> body);
    }
}
