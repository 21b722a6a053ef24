package io.github.lakefsspring.embedded.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.Callable;

/**
 * Where a streamed request body goes: it receives the chunks in order ({@link ChunkSink}), then
 * {@link #complete()} makes the result, and {@link #close()} releases it whatever happened.
 *
 * @param <T> what completing yields, e.g. the response
 */
public interface BodyTarget<T> extends ChunkSink, AutoCloseable {

    /** Called once, after {@link #finish()}. */
    T complete() throws Exception;

    /** Releases the target; discards what was written unless it completed. */
    @Override
    void close();

    /**
     * A target made of its parts.
     * @param sink receives the chunks
     * @param complete makes the result once the sink has finished
     * @param close releases what the target holds
     */
    static <T> BodyTarget<T> of(ChunkSink sink, Callable<T> complete, Runnable close) {
        return new BodyTarget<>() {

            @Override
            public void accept(ByteBuffer chunk) throws IOException {
                sink.accept(chunk);
            }

            @Override
            public void finish() throws IOException {
                sink.finish();
            }

            @Override
            public T complete() throws Exception {
                return complete.call();
            }

            @Override
            public void close() {
                close.run();
            }

        };
    }
}
