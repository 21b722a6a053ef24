package io.github.lakefsspring.embedded.server.multipart;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import io.github.lakefsspring.embedded.server.http.ChunkSink;
import org.jspecify.annotations.Nullable;

/**
 * Streams the part named {@code content} out of a {@code multipart/form-data} body, as lakeFS's upload
 * does: the first {@code content} part's bytes go to the target as they arrive (never held whole), its
 * {@code Content-Type} is remembered, and everything after it is ignored. Memory use is bounded by the
 * largest part header block (16 KiB) and the boundary length.
 */
public final class MultipartContentParser implements ChunkSink {

    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private static final byte[] HEADER_END = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private enum State { PREAMBLE, HEADERS, BODY, DONE }

    private final byte[] firstBoundary;

    private final byte[] delimiter;

    private final ChunkSink target;

    private byte[] pending = new byte[0];

    private State state = State.PREAMBLE;

    private boolean capturing;

    private boolean contentFound;

    private @Nullable String contentType;

    /**
     * @param boundary the boundary from the request's {@code Content-Type}
     * @param target receives the {@code content} part's bytes
     */
    public MultipartContentParser(String boundary, ChunkSink target) {
        this.firstBoundary = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        this.target = target;
    }

    /** @return whether a {@code content} part was found and read to its end */
    public boolean contentFound() {
        return contentFound;
    }

    /** @return the {@code content} part's {@code Content-Type} header ({@code ""} if it had none) */
    public String contentType() {
        return contentType == null ? "" : contentType;
    }

    @Override
    public void accept(ByteBuffer chunk) throws IOException {
        if (state == State.DONE) {
            return;
        }
        byte[] data = new byte[pending.length + chunk.remaining()];
        System.arraycopy(pending, 0, data, 0, pending.length);
        chunk.get(data, pending.length, chunk.remaining());
        int consumed = process(data);
        pending = Arrays.copyOfRange(data, consumed, data.length);
    }

    @Override
    public void finish() throws IOException {
        if (state == State.DONE) {
            return;
        }
        throw new MultipartException(state == State.PREAMBLE && !containsBoundary()
                ? "multipart: NextPart: EOF" : "multipart: NextPart: unexpected EOF");
    }

    private boolean containsBoundary() {
        return indexOf(pending, firstBoundary, 0) >= 0;
    }

    /** @return how many bytes of {@code data} were fully handled */
    private int process(byte[] data) throws IOException {
        int position = 0;
        while (state != State.DONE) {
            int next = switch (state) {
                case PREAMBLE -> preamble(data, position);
                case HEADERS -> headers(data, position);
                case BODY -> body(data, position);
                case DONE -> -1;
            };
            if (next < 0) {
                break;
            }
            position = next;
        }
        if (state == State.DONE) {
            return data.length;
        }
        if (state == State.BODY) {
            // everything but a possible partial delimiter at the end was emitted
            int keep = Math.min(delimiter.length + 1, data.length - position);
            int emit = data.length - position - keep;
            if (emit > 0) {
                emit(data, position, emit);
                position += emit;
            }
        } else if (state == State.HEADERS && data.length - position > MAX_HEADER_BYTES) {
            throw new MultipartException("multipart: message too large");
        } else if (state == State.PREAMBLE) {
            position = Math.max(position, data.length - firstBoundary.length - 2);
        }
        return position;
    }

    private int preamble(byte[] data, int from) {
        int boundary = indexOf(data, firstBoundary, from);
        if (boundary < 0) {
            return -1;
        }
        int lineEnd = indexOf(data, new byte[] {'\n'}, boundary + firstBoundary.length);
        if (lineEnd < 0) {
            return -1;
        }
        String rest = new String(data, boundary + firstBoundary.length, lineEnd - boundary - firstBoundary.length,
                StandardCharsets.ISO_8859_1).trim();
        if (rest.equals("--")) {
            state = State.DONE;
            return lineEnd + 1;
        }
        state = State.HEADERS;
        return lineEnd + 1;
    }

    private int headers(byte[] data, int from) {
        int end;
        if (data.length - from >= 2 && data[from] == '\r' && data[from + 1] == '\n') {
            end = from;
        } else {
            end = indexOf(data, HEADER_END, from);
            if (end < 0) {
                return -1;
            }
            end += 2;
        }
        String block = new String(data, from, end - from, StandardCharsets.UTF_8);
        String name = null;
        String type = null;
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (header.equals("content-disposition")) {
                name = formName(value);
            } else if (header.equals("content-type")) {
                type = value;
            }
        }
        capturing = "content".equals(name);
        if (capturing) {
            contentType = type;
        }
        state = State.BODY;
        return end + 2;
    }

    private int body(byte[] data, int from) throws IOException {
        int found = indexOf(data, delimiter, from);
        if (found < 0 || found + delimiter.length + 2 > data.length) {
            return -1;
        }
        if (found > from) {
            emit(data, from, found - from);
        }
        int after = found + delimiter.length;
        if (capturing) {
            contentFound = true;
            state = State.DONE;
            return data.length;
        }
        if (data[after] == '-' && data[after + 1] == '-') {
            state = State.DONE;
            return data.length;
        }
        int lineEnd = indexOf(data, new byte[] {'\n'}, after);
        if (lineEnd < 0) {
            return -1;
        }
        state = State.HEADERS;
        return lineEnd + 1;
    }

    private void emit(byte[] data, int offset, int length) throws IOException {
        if (capturing && length > 0) {
            target.accept(ByteBuffer.wrap(data, offset, length));
        }
    }

    private static @Nullable String formName(String disposition) {
        for (String parameter : disposition.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("name=")) {
                String value = trimmed.substring(5).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A malformed multipart body, answered 500 as lakeFS does. */
    public static final class MultipartException extends IOException {

        private static final long serialVersionUID = 1L;

        public MultipartException(String message) {
            super(message);
        }
    }
}
