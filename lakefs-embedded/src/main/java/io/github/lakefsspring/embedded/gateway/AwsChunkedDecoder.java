package io.github.lakefsspring.embedded.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.server.http.ChunkSink;

/**
 * Decodes an {@code aws-chunked} body as it streams in ({@code <hex-size>[;chunk-signature=<sig>]\r\n<data>\r\n},
 * ending with a zero-size chunk and optional trailers) and verifies every chunk's signature against the chain
 * seeded by the request's signature, before the chunk's data is passed on. Only one chunk's worth of data is held
 * at a time.
 */
final class AwsChunkedDecoder implements ChunkSink {

    private static final String EMPTY_SHA256 = SigV4.sha256Hex(new byte[0]);

    private final ChunkSink target;

    private final SigV4.@Nullable Verified signing;

    private final ByteArrayOutputStream header = new ByteArrayOutputStream();

    private ByteArrayOutputStream pending = new ByteArrayOutputStream();

    private String previousSignature;

    private long remaining = -1;

    private @Nullable String chunkSignature;

    private int crlfToSkip;

    private boolean finished;

    /**
     * @param target receives the decoded data
     * @param signing the verified request, whose signature chain the chunks continue; {@code null} for an unsigned
     * (trailer) body
     */
    AwsChunkedDecoder(ChunkSink target, SigV4.@Nullable Verified signing) {
        this.target = target;
        this.signing = signing;
        this.previousSignature = (signing != null) ? signing.seedSignature() : "";
    }

    @Override
    public void accept(ByteBuffer chunk) throws IOException {
        while (chunk.hasRemaining()) {
            if (this.finished) {
                chunk.position(chunk.limit());
                return;
            }
            if (this.crlfToSkip > 0) {
                chunk.get();
                this.crlfToSkip--;
                continue;
            }
            if (this.remaining < 0) {
                readHeader(chunk);
                continue;
            }
            int n = (int) Math.min(this.remaining, chunk.remaining());
            byte[] data = new byte[n];
            chunk.get(data);
            if (this.signing != null) {
                this.pending.write(data);
            }
            else {
                this.target.accept(ByteBuffer.wrap(data));
            }
            this.remaining -= n;
            if (this.remaining == 0) {
                endChunk();
            }
        }
    }

    private void readHeader(ByteBuffer chunk) throws IOException {
        byte b = chunk.get();
        if (b != '\n') {
            this.header.write(b);
            return;
        }
        String line = this.header.toString(StandardCharsets.US_ASCII).strip();
        this.header.reset();
        if (line.isEmpty()) {
            return;
        }
        int semicolon = line.indexOf(';');
        String size = (semicolon < 0) ? line : line.substring(0, semicolon);
        try {
            this.remaining = Long.parseLong(size, 16);
        }
        catch (NumberFormatException ex) {
            if (line.contains(":")) {
                return;
            }
            throw new S3Error(400, "IncompleteBody", "malformed aws-chunked body");
        }
        this.chunkSignature = null;
        if (semicolon >= 0 && line.substring(semicolon + 1).startsWith("chunk-signature=")) {
            this.chunkSignature = line.substring(semicolon + 1 + "chunk-signature=".length());
        }
        if (this.signing != null && this.chunkSignature == null) {
            throw S3Error.signatureMismatch();
        }
        if (this.remaining == 0) {
            verify(new byte[0]);
            this.finished = true;
        }
    }

    private void endChunk() throws IOException {
        if (this.signing != null) {
            byte[] data = this.pending.toByteArray();
            this.pending = new ByteArrayOutputStream();
            verify(data);
            this.target.accept(ByteBuffer.wrap(data));
        }
        this.remaining = -1;
        this.crlfToSkip = 2;
    }

    private void verify(byte[] data) {
        if (this.signing == null) {
            return;
        }
        String stringToSign = "AWS4-HMAC-SHA256-PAYLOAD\n" + this.signing.amzDate() + "\n" + this.signing.scope() + "\n"
                + this.previousSignature + "\n" + EMPTY_SHA256 + "\n" + SigV4.sha256Hex(data);
        String expected = SigV4.hex(SigV4.hmac(this.signing.signingKey(), stringToSign));
        if (!expected.equals(this.chunkSignature)) {
            throw S3Error.signatureMismatch();
        }
        this.previousSignature = expected;
    }

    @Override
    public void finish() throws IOException {
        if (!this.finished) {
            throw new S3Error(400, "IncompleteBody", "You did not provide the number of bytes specified by the "
                    + "Content-Length HTTP header");
        }
        this.target.finish();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
