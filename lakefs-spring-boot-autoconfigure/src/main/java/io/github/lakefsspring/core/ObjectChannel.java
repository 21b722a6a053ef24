package io.github.lakefsspring.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

import org.jspecify.annotations.Nullable;

/**
 * Random access to an object: reads stream from the current position with a ranged request, which is opened
 * lazily and reopened only after a seek.
 */
final class ObjectChannel implements SeekableByteChannel {

    private final LakeFSObject object;

    private long position;

    private long size = -1;

    private @Nullable InputStream stream;

    private boolean open = true;

    ObjectChannel(LakeFSObject object) {
        this.object = object;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        requireOpen();
        if (this.position >= size()) {
            return -1;
        }
        if (this.stream == null) {
            this.stream = this.object.openStream("bytes=" + this.position + "-", null);
        }
        byte[] chunk = new byte[Math.min(destination.remaining(), 64 * 1024)];
        int n = this.stream.read(chunk, 0, chunk.length);
        if (n > 0) {
            destination.put(chunk, 0, n);
            this.position += n;
        }
        return n;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() throws IOException {
        requireOpen();
        return this.position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
        requireOpen();
        if (newPosition < 0) {
            throw new IllegalArgumentException("Position " + newPosition + " is invalid: it must be 0 or more");
        }
        if (newPosition != this.position) {
            closeStream();
            this.position = newPosition;
        }
        return this;
    }

    @Override
    public long size() throws IOException {
        requireOpen();
        if (this.size < 0) {
            this.size = this.object.stat().sizeBytes();
        }
        return this.size;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return this.open;
    }

    @Override
    public void close() throws IOException {
        this.open = false;
        closeStream();
    }

    private void closeStream() throws IOException {
        if (this.stream != null) {
            this.stream.close();
            this.stream = null;
        }
    }

    private void requireOpen() throws IOException {
        if (!this.open) {
            throw new ClosedChannelException();
        }
    }

}
