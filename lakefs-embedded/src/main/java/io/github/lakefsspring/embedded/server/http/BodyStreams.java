package io.github.lakefsspring.embedded.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Callable;

import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Moves a request body from the network into blocking storage code without holding it in memory: chunks
 * are handed to a {@link ChunkSink} on the store scheduler a few at a time, and the network is only read
 * as fast as the sink consumes (Reactor Netty stops reading the socket while no chunk is requested).
 */
public final class BodyStreams {

    /** How many chunks may wait between the network and the sink. */
    private static final int CHUNKS_IN_FLIGHT = 4;

    private BodyStreams() {
    }

    /**
     * Feeds every chunk of {@code body} to {@code sink}, then calls {@link ChunkSink#finish()} and
     * {@code onComplete}, all on {@code scheduler}.
     *
     * @return what {@code onComplete} returns
     */
    public static <T> Mono<T> drain(Flux<ByteBuf> body, ChunkSink sink, Scheduler scheduler, Callable<T> onComplete) {
        return body
                .map(ByteBuf::retain)
                .publishOn(scheduler, CHUNKS_IN_FLIGHT)
                .<Void>handle((buffer, next) -> {
                    try {
                        for (ByteBuffer chunk : buffer.nioBuffers()) {
                            sink.accept(chunk);
                        }
                    } catch (IOException e) {
                        next.error(new UncheckedIOException(e));
                    } finally {
                        buffer.release();
                    }
                })
                .then(Mono.fromCallable(() -> {
                    sink.finish();
                    return onComplete.call();
                }))
                .doOnDiscard(ByteBuf.class, ReferenceCountUtil::safeRelease);
    }

    /** An I/O failure while writing a body, unwrapped by the failure mapping. */
    public static final class UncheckedIOException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UncheckedIOException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
