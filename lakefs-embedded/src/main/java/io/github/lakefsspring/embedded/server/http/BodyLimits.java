package io.github.lakefsspring.embedded.server.http;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SynchronousSink;
import reactor.netty.http.server.HttpServerRequest;

/**
 * Gathers the small request bodies the server must hold whole (JSON for the REST API, XML for the S3
 * gateway) under two limits, so that no request can exhaust the heap before it is even authenticated:
 *
 * <ul>
 *   <li>per request: a declared {@code Content-Length} over the limit is refused before a byte is read,
 *       and a body without one is refused as soon as it grows past the limit;</li>
 *   <li>in total: the bytes held by all bodies being gathered or processed at once; a request that would
 *       go past it is refused as "busy" (lakeFS's {@code 503 Slow Down}, which clients retry).</li>
 * </ul>
 *
 * Every {@link Reservation} must be released when its request has been answered.
 */
public final class BodyLimits {

    /** The per-request limit: lakeFS's largest JSON bodies (1000 escaped paths) are a few megabytes. */
    public static final long DEFAULT_PER_REQUEST = 8L * 1024 * 1024;

    private final long perRequest;

    private final long total;

    private final AtomicLong held = new AtomicLong();

    /**
     * @param perRequest the most bytes one body may have
     * @param total the most bytes all bodies may hold at once
     */
    public BodyLimits(long perRequest, long total) {
        if (perRequest <= 0 || total < perRequest) {
            throw new IllegalArgumentException("Body limits " + perRequest + "/" + total
                    + " are invalid: both must be positive and the total at least the per-request limit");
        }
        this.perRequest = perRequest;
        this.total = total;
    }

    /** @return limits sized for this JVM: 8 MiB per request, a quarter of the heap (at most 64 MiB) in total */
    public static BodyLimits forThisJvm() {
        long quarterHeap = Runtime.getRuntime().maxMemory() / 4;
        long total = Math.max(DEFAULT_PER_REQUEST, Math.min(64L * 1024 * 1024, quarterHeap));
        return new BodyLimits(DEFAULT_PER_REQUEST, total);
    }

    /** @return the most bytes one body may have */
    public long perRequest() {
        return this.perRequest;
    }

    /** @return the most bytes all bodies may hold at once */
    public long total() {
        return this.total;
    }

    /** @return a reservation for one request, holding nothing yet */
    public Reservation reserve() {
        return new Reservation();
    }

    /** Why a body was refused. */
    public static final class LimitExceeded extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final boolean busy;

        private final long limit;

        private LimitExceeded(boolean busy, long limit) {
            super(busy ? "Slow Down" : "request body too large: at most " + limit + " bytes are accepted", null,
                    false, false);
            this.busy = busy;
            this.limit = limit;
        }

        /** @return whether the server as a whole holds too much (try again later), rather than this body being too large */
        public boolean isBusy() {
            return this.busy;
        }

        /** @return the per-request limit */
        public long limit() {
            return this.limit;
        }
    }

    /** The bytes one request holds against the total; released once. */
    public final class Reservation implements AutoCloseable {

        private long bytes;

        private boolean released;

        private Reservation() {
        }

        /**
         * Reads the whole body under the limits.
         * @return the body, empty when none was sent
         */
        public Mono<byte[]> gather(HttpServerRequest request) {
            long declared = declaredLength(request);
            if (declared > perRequest) {
                return Mono.error(new LimitExceeded(false, perRequest));
            }
            if (declared > 0 && !hold(declared)) {
                return Mono.error(new LimitExceeded(true, perRequest));
            }
            Collector collector = new Collector(declared);
            return request.receive()
                .handle((ByteBuf buffer, SynchronousSink<Void> sink) -> {
                    RuntimeException refusal = collector.add(buffer);
                    if (refusal != null) {
                        sink.error(refusal);
                    }
                })
                .then(Mono.fromCallable(collector::bytes));
        }

        private boolean hold(long more) {
            while (true) {
                long current = held.get();
                if (current + more > total) {
                    return false;
                }
                if (held.compareAndSet(current, current + more)) {
                    synchronized (this) {
                        this.bytes += more;
                    }
                    return true;
                }
            }
        }

        /** Gives the bytes back to the total; later calls do nothing. */
        @Override
        public synchronized void close() {
            if (!this.released) {
                this.released = true;
                held.addAndGet(-this.bytes);
                this.bytes = 0;
            }
        }

        /** Copies chunks as they arrive: into one array when the length was declared, else into a list. */
        private final class Collector {

            private final long declared;

            private final byte @Nullable [] exact;

            private final List<byte[]> chunks = new ArrayList<>();

            private long size;

            Collector(long declared) {
                this.declared = declared;
                this.exact = (declared > 0) ? new byte[(int) declared] : null;
            }

            @Nullable RuntimeException add(ByteBuf buffer) {
                int length = buffer.readableBytes();
                if (this.size + length > perRequest || (this.declared > 0 && this.size + length > this.declared)) {
                    return new LimitExceeded(false, perRequest);
                }
                if (this.exact != null) {
                    buffer.readBytes(this.exact, (int) this.size, length);
                }
                else {
                    if (!hold(length)) {
                        return new LimitExceeded(true, perRequest);
                    }
                    byte[] chunk = new byte[length];
                    buffer.readBytes(chunk);
                    this.chunks.add(chunk);
                }
                this.size += length;
                return null;
            }

            byte[] bytes() {
                if (this.exact != null) {
                    return (this.size == this.exact.length) ? this.exact : Arrays.copyOf(this.exact, (int) this.size);
                }
                byte[] all = new byte[(int) this.size];
                int offset = 0;
                for (byte[] chunk : this.chunks) {
                    System.arraycopy(chunk, 0, all, offset, chunk.length);
                    offset += chunk.length;
                }
                this.chunks.clear();
                return all;
            }
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        String header = request.requestHeaders().get(HttpHeaderNames.CONTENT_LENGTH);
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }
}
