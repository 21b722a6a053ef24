package io.github.lakefsspring.embedded.gateway;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.server.http.ChunkSink;

/**
 * Holds an aws-chunked body to the length its {@code x-amz-decoded-content-length} header declares: a body that
 * decodes to more bytes is refused as soon as it passes the length, one that decodes to fewer when it ends.
 */
final class DecodedLength implements ChunkSink {

    private final long declared;

    private final ChunkSink target;

    private long seen;

    private DecodedLength(long declared, ChunkSink target) {
        this.declared = declared;
        this.target = target;
    }

    /**
     * @param header the header's value, or null when it was not sent (nothing is checked then)
     * @param target where the decoded bytes go
     * @return the checking sink
     * @throws S3Error when the header is empty or not a number
     */
    static ChunkSink check(@Nullable String header, ChunkSink target) {
        if (header == null) {
            return target;
        }
        if (header.isBlank()) {
            throw new S3Error(411, "MissingContentLength", "You must provide the Content-Length HTTP header.");
        }
        long declared;
        try {
            declared = Long.parseLong(header.trim());
        }
        catch (NumberFormatException ex) {
            throw S3Error.accessDenied("x-amz-decoded-content-length is not a number");
        }
        if (declared < 0) {
            throw S3Error.accessDenied("x-amz-decoded-content-length is negative");
        }
        return new DecodedLength(declared, target);
    }

    @Override
    public void accept(ByteBuffer chunk) throws IOException {
        this.seen += chunk.remaining();
        if (this.seen > this.declared) {
            throw incomplete();
        }
        this.target.accept(chunk);
    }

    @Override
    public void finish() throws IOException {
        if (this.seen != this.declared) {
            throw incomplete();
        }
        this.target.finish();
    }

    private static S3Error incomplete() {
        return new S3Error(400, "IncompleteBody",
                "You did not provide the number of bytes specified by the Content-Length HTTP header");
    }

}
