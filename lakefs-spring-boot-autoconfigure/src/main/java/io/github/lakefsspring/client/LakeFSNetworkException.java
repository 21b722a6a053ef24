package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;

/**
 * lakeFS could not be reached, or stopped answering or reading: the message names the operation, the host and
 * port, and the configured timeout when one ran out. No HTTP status exists for these failures.
 *
 * @since 0.1.0
 */
public class LakeFSNetworkException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    private final boolean connectionFailure;

    /**
     * @param message what failed, naming the operation and the server
     * @param cause the I/O failure, or {@code null} when a timeout of the client's own ran out
     */
    public LakeFSNetworkException(String message, @Nullable Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param message what failed, naming the operation and the server
     * @param cause the I/O failure
     * @param connectionFailure whether the connection failed before lakeFS could answer (a refused, reset or
     *        closed connection, not a timeout), so that a request safe to repeat may be retried
     */
    public LakeFSNetworkException(String message, @Nullable Throwable cause, boolean connectionFailure) {
        super(message, cause);
        this.connectionFailure = connectionFailure;
    }

    /** @return whether the connection failed before lakeFS could answer (not a timeout) */
    public boolean isConnectionFailure() {
        return this.connectionFailure;
    }

}
