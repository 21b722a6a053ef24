package io.github.lakefsspring.embedded.server.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.channel.AbortedException;

import io.github.lakefsspring.embedded.store.StoreException;

/**
 * Turns a failure into the response lakeFS gives for it: {@link ApiException}s as they say, store failures
 * with their kind's status and their message verbatim (store messages are lakeFS's own texts), body limits as
 * 413 or {@code 503 Slow Down}, and anything else as a 500 that says nothing of the server's internals: no
 * exception text, no host path. The details go to the log.
 */
public final class Failures {

    private static final Logger logger = LoggerFactory.getLogger(Failures.class);

    /** What an unexpected failure answers, whatever it was. */
    public static final String INTERNAL_ERROR = "internal server error";

    private Failures() {
    }

    /** The body of a JSON error. */
    public record ErrorBody(String message) {
    }

    public static ApiResponse toResponse(Throwable failure) {
        if (failure instanceof ApiException api) {
            if (api.isPlainText()) {
                return ApiResponse.text(api.status(), api.getMessage() + "\n", "text/plain; charset=utf-8")
                        .withHeader("X-Content-Type-Options", "nosniff");
            }
            return error(api.status(), api.getMessage());
        }
        if (failure instanceof BodyLimits.LimitExceeded limit) {
            return limit.isBusy() ? error(503, limit.getMessage()) : error(413, limit.getMessage());
        }
        if (failure instanceof StoreException store) {
            if (store.kind() == StoreException.Kind.INTERNAL) {
                logger.warn("Store failure: {}", store.getMessage(), store);
            }
            return error(store.kind().status(), String.valueOf(store.getMessage()));
        }
        if (isClientAbort(failure)) {
            logger.debug("Request aborted by the client: {}", failure.toString());
            return error(400, "request aborted");
        }
        logger.error("Unexpected failure while serving a request", failure);
        return error(500, INTERNAL_ERROR);
    }

    /**
     * @return whether the failure is the client going away or cutting its request short: an aborted
     *         connection anywhere in the chain, or an I/O failure raised by the network itself (failures of
     *         handlers and storage arrive wrapped, and are the server's)
     */
    public static boolean isClientAbort(Throwable failure) {
        if (failure instanceof IOException) {
            return true;
        }
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof AbortedException) {
                return true;
            }
        }
        return false;
    }

    public static ApiResponse error(int status, String message) {
        return ApiResponse.json(status, new ErrorBody(message));
    }

    /** The same failure for a HEAD request: status only, no body, no headers. */
    public static ApiResponse toHeadResponse(Throwable failure) {
        ApiResponse full = toResponse(failure);
        return new ApiResponse(full.status(), List.<Map.Entry<String, String>>of(), ResponseBody.NONE);
    }
}
