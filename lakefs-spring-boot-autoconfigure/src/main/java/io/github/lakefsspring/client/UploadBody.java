package io.github.lakefsspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of an upload, written to the connection as it is sent: from memory, a file (or a slice of one) or a
 * stream. Bodies that can be read again are retried after a transient failure; a stream is read once.
 *
 * @since 0.1.0
 */
public interface UploadBody {

    /** Writes the bytes, in order. */
    void writeTo(OutputStream out) throws IOException;

    /** @return how many bytes, or -1 when unknown (sent chunked) */
    long length();

    /** @return whether {@link #writeTo} can be called again with the same result */
    boolean repeatable();

    /** @return a body of bytes in memory */
    static UploadBody of(byte[] bytes) {
        return new UploadBody() {

            @Override
            public void writeTo(OutputStream out) throws IOException {
                out.write(bytes);
            }

            @Override
            public long length() {
                return bytes.length;
            }

            @Override
            public boolean repeatable() {
                return true;
            }

        };
    }

    /** @return a body of text, as UTF-8 */
    static UploadBody of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return a body read from a file as it is sent */
    static UploadBody of(Path file) {
        try {
            return slice(file, 0, Files.size(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
    }

    /** @return a body of {@code length} bytes of a file from {@code offset}, read as it is sent */
    static UploadBody slice(Path file, long offset, long length) {
        return new UploadBody() {

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    channel.position(offset);
                    InputStream in = Channels.newInputStream(channel);
                    byte[] buffer = new byte[64 * 1024];
                    long remaining = length;
                    while (remaining > 0) {
                        int n = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                        if (n < 0) {
                            throw new IOException(file + " ended " + remaining + " bytes early");
                        }
                        out.write(buffer, 0, n);
                        remaining -= n;
                    }
                }
            }

            @Override
            public long length() {
                return length;
            }

            @Override
            public boolean repeatable() {
                return true;
            }

        };
    }

    /**
     * @param content the bytes, read once as they are sent, and closed at the end
     * @param length their length, or -1 to send chunked
     * @return a body read from the stream
     */
    static UploadBody of(InputStream content, long length) {
        return new UploadBody() {

            @Override
            public void writeTo(OutputStream out) throws IOException {
                try (InputStream in = content) {
                    in.transferTo(out);
                }
            }

            @Override
            public long length() {
                return length;
            }

            @Override
            public boolean repeatable() {
                return false;
            }

        };
    }

}
