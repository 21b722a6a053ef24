package io.github.lakefsspring.embedded.server.http;

import java.util.Map;

import io.github.lakefsspring.embedded.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure into the response lakeFS gives for it: {@link ApiException}s as they say, store failures
 * with their kind's status and their message verbatim, anything else as a 500 with its message.
 */
public final class Failures {

    private static final Logger logger = LoggerFactory.getLogger(Failures.class);

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
        if (failure instanceof StoreException store) {
            if (store.kind() == StoreException.Kind.INTERNAL) {
                logger.warn("Store failure: {}", store.getMessage(), store);
            }
            return error(store.kind().status(), String.valueOf(store.getMessage()));
        }
        if (failure instanceof reactor.netty.channel.AbortedException
                || failure instanceof java.io.IOException || failure.getCause() instanceof java.io.IOException) {
            logger.debug("Request aborted by the client: {}", failure.getMessage());
            return error(400, "request aborted: " + failure.getMessage());
        }
        logger.error("Unexpected failure while serving a request", failure);
        return error(500, String.valueOf(failure.getMessage()));
    }

    public static ApiResponse error(int status, String message) {
        return ApiResponse.json(status, new ErrorBody(message));
    }

    /** The same failure for a HEAD request: status only, no body, no headers. */
    public static ApiResponse toHeadResponse(Throwable failure) {
        ApiResponse full = toResponse(failure);
        return new ApiResponse(full.status(), java.util.List.<Map.Entry<String, String>>of(), ResponseBody.NONE);
    }
}
