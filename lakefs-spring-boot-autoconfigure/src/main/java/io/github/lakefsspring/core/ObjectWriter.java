package io.github.lakefsspring.core;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.ObjectStats;

/**
 * Writes an object as a stream: bytes go to lakeFS while they are written, with bounded memory whatever the
 * object's size. {@link #close()} completes the upload and makes the object visible; {@link #discard()} (or an
 * exception in {@link WritableObject#write}) aborts it, and nothing is stored.
 *
 * @since 0.1.0
 */
public final class ObjectWriter extends OutputStream {

    private static final int CHUNK = 64 * 1024;

    private final ObjectPipe pipe;

    private final CompletableFuture<ObjectStats> upload;

    private final Runnable onSuccess;

    private byte[] buffer = new byte[CHUNK];

    private int buffered;

    private long written;

    private boolean closed;

    private @Nullable ObjectStats stats;

    ObjectWriter(ObjectPipe pipe, CompletableFuture<ObjectStats> upload, Runnable onSuccess) {
        this.pipe = pipe;
        this.upload = upload;
        this.onSuccess = onSuccess;
        upload.whenComplete((result, failure) -> {
            if (failure != null) {
                pipe.abandon(failure);
            }
        });
    }

    @Override
    public void write(int b) throws IOException {
        requireOpen();
        if (this.buffered == this.buffer.length) {
            flushBuffer();
        }
        this.buffer[this.buffered++] = (byte) b;
        this.written++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        requireOpen();
        int remaining = length;
        int position = offset;
        while (remaining > 0) {
            if (this.buffered == this.buffer.length) {
                flushBuffer();
            }
            int n = Math.min(remaining, this.buffer.length - this.buffered);
            System.arraycopy(bytes, position, this.buffer, this.buffered, n);
            this.buffered += n;
            position += n;
            remaining -= n;
        }
        this.written += length;
    }

    /** @return how many bytes were written so far */
    public long bytesWritten() {
        return this.written;
    }

    /** Completes the upload; the object is visible when this returns. A second close does nothing. */
    @Override
    public void close() throws IOException {
        if (this.closed) {
            return;
        }
        this.closed = true;
        flushBuffer();
        this.pipe.close();
        try {
            this.stats = this.upload.get();
            this.onSuccess.run();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while completing the upload", ex);
        }
        catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException("The upload failed: " + cause.getMessage(), cause);
        }
    }

    /** Aborts the upload: nothing is stored. Does nothing once closed. */
    public void discard() {
        if (this.closed) {
            return;
        }
        this.closed = true;
        this.pipe.fail("discarded by the writer");
        try {
            this.upload.join();
        }
        catch (RuntimeException ex) {
            // the failure is the point: the server saw an aborted body and stored nothing
        }
    }

    /** @return the stored object's stats, once closed */
    public @Nullable ObjectStats stats() {
        return this.stats;
    }

    private void flushBuffer() throws IOException {
        if (this.buffered > 0) {
            this.pipe.write(Arrays.copyOf(this.buffer, this.buffered));
            this.buffered = 0;
        }
    }

    private void requireOpen() throws IOException {
        if (this.closed) {
            throw new IOException("The object writer is closed");
        }
    }

}
