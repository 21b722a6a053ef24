package io.github.lakefsspring.client;

import java.time.Duration;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * lakeFS answered a request with an error status. Carries the status, the server's own message, and the
 * request's method and path (never a header, a body or a credential). Subclasses name the statuses callers
 * commonly handle; any other status is a {@link ServerErrorException}.
 *
 * @since 0.1.0
 */
public class LakeFSServerException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    private final int status;

    private final String serverMessage;

    private final Request request;

    private transient @Nullable Duration retryAfter;

    public LakeFSServerException(Request request, int status, String serverMessage) {
        super(describe(request, status, serverMessage));
        this.status = status;
        this.serverMessage = serverMessage;
        this.request = request;
    }

    private static String describe(Request request, int status, String serverMessage) {
        String what = serverMessage.isEmpty() ? "no message" : serverMessage;
        return "lakeFS answered " + request.operation() + " (" + request.method() + " " + request.path() + ") with "
                + status + ": " + what;
    }

    /** @return the HTTP status */
    public int status() {
        return this.status;
    }

    /** @return lakeFS's message, or an empty string when it sent none (HEAD requests never carry one) */
    public String serverMessage() {
        return this.serverMessage;
    }

    /** @return how long the server asked the client to wait before retrying ({@code Retry-After}), if it did */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(this.retryAfter);
    }

    LakeFSServerException withRetryAfter(@Nullable Duration retryAfter) {
        this.retryAfter = retryAfter;
        return this;
    }

    /** @return the request that failed */
    public Request request() {
        return this.request;
    }

    /**
     * The request that failed, as far as it is safe to report.
     *
     * @param operation the client operation, e.g. {@code createBranch}
     * @param method the HTTP method
     * @param path the request path with its query, as sent
     */
    public record Request(String operation, String method, String path) {

    }

}
