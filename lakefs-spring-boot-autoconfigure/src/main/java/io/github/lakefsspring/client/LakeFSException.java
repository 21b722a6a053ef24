package io.github.lakefsspring.client;

import org.jspecify.annotations.Nullable;

/**
 * The root of every failure this library reports about lakeFS: an answer of the server
 * ({@link LakeFSServerException}), a network failure ({@link LakeFSNetworkException}), or a higher-level
 * failure such as a transaction's.
 *
 * @since 0.1.0
 */
public class LakeFSException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LakeFSException(String message) {
        super(message);
    }

    public LakeFSException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

}
