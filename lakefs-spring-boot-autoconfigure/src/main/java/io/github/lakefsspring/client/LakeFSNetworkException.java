package io.github.lakefsspring.client;

/**
 * The server could not be reached, or the connection failed or timed out before a complete answer arrived.
 * The message names the request (method and path) and the cause.
 *
 * @since 0.1.0
 */
public class LakeFSNetworkException extends LakeFSException {

    private static final long serialVersionUID = 1L;

    public LakeFSNetworkException(String message, Throwable cause) {
        super(message, cause);
    }

}
