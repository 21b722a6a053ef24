package io.github.lakefsspring.embedded.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Callable;

import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * Moves a request body from the network into blocking storage code without holding it in memory: chunks
 * are handed to a {@link BodyTarget} on the store scheduler a few at a time, and the network is only read
 * as fast as the target consumes (Reactor Netty stops reading the socket while no chunk is requested).
 *
 * <p>The body is subscribed at once, on the network thread, and the target is opened on the store scheduler
 * when the first chunk (or the end of the body) arrives: subscribing only after a hop to another thread would
 * leave a window in which Reactor Netty can end the request's inbound (a client pipelining garbage after a
 * request does that) and the request would never be answered.
 */
public final class BodyStreams {

    /** How many chunks may wait between the network and the target. */
    private static final int CHUNKS_IN_FLIGHT = 4;

    private BodyStreams() {
    }

    /**
     * Feeds every chunk of {@code body} to the target {@code open} returns, then calls {@link ChunkSink#finish()}
     * and {@link BodyTarget#complete()}, all on {@code scheduler}; closes the target in every case.
     *
     * @return what the target completes with
     */
    public static <T> Mono<T> drain(Flux<ByteBuf> body, Scheduler scheduler, Callable<? extends BodyTarget<T>> open) {
        return Mono.defer(() -> {
            LazyTarget<T> target = new LazyTarget<>(open);
            return body
                    .map(ByteBuf::retain)
                    .publishOn(scheduler, CHUNKS_IN_FLIGHT)
                    .<Void>handle((buffer, next) -> {
                        try {
                            BodyTarget<T> opened = target.get();
                            for (ByteBuffer chunk : buffer.nioBuffers()) {
                                opened.accept(chunk);
                            }
                        } catch (IOException e) {
                            next.error(new UncheckedIOException(e));
                        } catch (RuntimeException e) {
                            next.error(e);
                        } catch (Exception e) {
                            next.error(new IllegalStateException("opening the body's target failed", e));
                        } finally {
                            buffer.release();
                        }
                    })
                    .then(Mono.fromCallable(() -> {
                        BodyTarget<T> opened = target.get();
                        opened.finish();
                        return opened.complete();
                    }))
                    .doOnDiscard(ByteBuf.class, ReferenceCountUtil::safeRelease)
                    .doFinally(signal -> scheduler.schedule(target::close));
        });
    }

    /** Opens the target on first use, on whichever store thread uses it first. */
    private static final class LazyTarget<T> {

        private final Callable<? extends BodyTarget<T>> open;

        private volatile @Nullable BodyTarget<T> target;

        LazyTarget(Callable<? extends BodyTarget<T>> open) {
            this.open = open;
        }

        synchronized BodyTarget<T> get() throws Exception {
            BodyTarget<T> current = this.target;
            if (current == null) {
                current = this.open.call();
                this.target = current;
            }
            return current;
        }

        synchronized void close() {
            BodyTarget<T> current = this.target;
            if (current != null) {
                current.close();
            }
        }
    }

    /** An I/O failure while writing a body, unwrapped by the failure mapping. */
    public static final class UncheckedIOException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UncheckedIOException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
