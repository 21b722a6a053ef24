package io.github.lakefsspring.client;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * An object's bytes as they arrive from lakeFS or a presigned URL, with what the answer says about them. The
 * stream reads from the network as it is read; closing it (or this) releases the connection.
 *
 * @since 0.1.0
 */
public final class ObjectContent implements Closeable {

    private final InputStream stream;

    private final long contentLength;

    private final @Nullable String contentType;

    private final @Nullable String etag;

    private final @Nullable String contentRange;

    ObjectContent(InputStream stream, long contentLength, @Nullable String contentType, @Nullable String etag,
            @Nullable String contentRange) {
        this.stream = stream;
        this.contentLength = contentLength;
        this.contentType = contentType;
        this.etag = etag;
        this.contentRange = contentRange;
    }

    /** @return the bytes, streamed */
    public InputStream stream() {
        return this.stream;
    }

    /** @return the length of the bytes sent, or -1 when not declared */
    public long contentLength() {
        return this.contentLength;
    }

    /** @return the content type, if declared */
    public @Nullable String contentType() {
        return this.contentType;
    }

    /** @return the entity tag without quotes, if declared */
    public @Nullable String etag() {
        return this.etag;
    }

    /** @return the {@code Content-Range} of a ranged read, if any */
    public @Nullable String contentRange() {
        return this.contentRange;
    }

    @Override
    public void close() throws IOException {
        this.stream.close();
    }

    @Override
    public String toString() {
        return "ObjectContent[contentLength=" + this.contentLength + ", contentType=" + this.contentType + "]";
    }

    /** A stream that also closes the response it reads from. */
    static final class ResponseStream extends FilterInputStream {

        private final Closeable response;

        ResponseStream(InputStream body, Closeable response) {
            super(body);
            this.response = response;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            }
            finally {
                this.response.close();
            }
        }

    }

}
