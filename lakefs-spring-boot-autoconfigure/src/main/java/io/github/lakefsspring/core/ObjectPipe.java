package io.github.lakefsspring.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * A bounded hand-over of bytes from a writer thread to an uploading thread: the writer blocks when a few chunks
 * are waiting, so memory stays bounded whatever the object's size. Closing ends the stream; failing makes the
 * reader's next read throw, which aborts the upload so that nothing is stored.
 */
final class ObjectPipe {

    private static final byte[] END = new byte[0];

    private static final byte[] FAILED = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(8);

    private final InputStream input = new PipeInput();

    private volatile @Nullable String failure;

    private volatile @Nullable Throwable abandoned;

    InputStream input() {
        return this.input;
    }

    void write(byte[] chunk) throws IOException {
        put(chunk);
    }

    void close() throws IOException {
        put(END);
    }

    void fail(String reason) {
        this.failure = reason;
        this.chunks.clear();
        this.chunks.offer(FAILED);
    }

    /** Stops accepting bytes because the upload ended early; a blocked writer is released with an error. */
    void abandon(Throwable cause) {
        this.abandoned = cause;
        this.chunks.clear();
    }

    private void put(byte[] chunk) throws IOException {
        try {
            while (!this.chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                Throwable cause = this.abandoned;
                if (cause != null) {
                    throw new IOException("The upload failed: " + cause.getMessage(), cause);
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while writing an object");
        }
    }

    /** The uploading side. */
    private final class PipeInput extends InputStream {

        private byte @Nullable [] current;

        private int offset;

        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return (n < 0) ? -1 : (one[0] & 0xff);
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (this.current == null || this.offset >= this.current.length) {
                if (this.ended) {
                    return -1;
                }
                byte[] next;
                try {
                    next = ObjectPipe.this.chunks.take();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("Interrupted while uploading an object");
                }
                if (next == FAILED) {
                    throw new IOException("Object write discarded: " + ObjectPipe.this.failure);
                }
                if (next == END) {
                    this.ended = true;
                    return -1;
                }
                this.current = next;
                this.offset = 0;
            }
            int n = Math.min(len, this.current.length - this.offset);
            System.arraycopy(this.current, this.offset, buffer, off, n);
            this.offset += n;
            return n;
        }

    }

}
