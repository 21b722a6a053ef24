package io.github.lakefsspring.client;

/**
 * A ranged read asked for bytes the object does not have (416). {@link #objectSize()} is the object's size
 * when the server said it ({@code Content-Range: bytes *}{@code /N}).
 *
 * @since 0.1.0
 */
public class InvalidRangeException extends LakeFSServerException {

    private static final long serialVersionUID = 1L;

    private final long objectSize;

    public InvalidRangeException(LakeFSServerException.Request request, String serverMessage, long objectSize) {
        super(request, 416, serverMessage);
        this.objectSize = objectSize;
    }

    /** @return the object's size, or -1 when the server did not say */
    public long objectSize() {
        return this.objectSize;
    }

}
