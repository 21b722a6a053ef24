package io.github.lakefsspring.embedded.server.http;

/**
 * A request failed with an HTTP status and a message, answered as lakeFS answers errors: a JSON
 * {@code {"message": ...}} body (no body for HEAD), or a {@code text/plain} body where lakeFS's
 * generated parameter binding answers in plain text.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    private final boolean plainText;

    public ApiException(int status, String message) {
        this(status, message, false);
    }

    private ApiException(int status, String message, boolean plainText) {
        super(message, null, false, false);
        this.status = status;
        this.plainText = plainText;
    }

    /** An error whose body is the message as {@code text/plain} followed by a newline, as Go's {@code http.Error} writes. */
    public static ApiException plainText(int status, String message) {
        return new ApiException(status, message, true);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return whether the body is plain text rather than JSON */
    public boolean isPlainText() {
        return plainText;
    }
}
