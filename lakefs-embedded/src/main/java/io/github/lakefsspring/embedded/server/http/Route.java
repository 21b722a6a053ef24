package io.github.lakefsspring.embedded.server.http;

import io.github.lakefsspring.embedded.server.validation.OperationSpec;
import io.netty.handler.codec.http.HttpMethod;

/**
 * One lakeFS operation: method and path, its input rules, whether it needs a user, and its handler.
 *
 * @param method the HTTP method
 * @param template the path below {@code /api/v1}
 * @param operation the input rules
 * @param access who may call it
 * @param handler what it does
 * @param implemented whether the server implements it (else it answers 501)
 */
public record Route(HttpMethod method, RouteTemplate template, OperationSpec operation, Access access,
        Handler handler, boolean implemented) {

    /** Who may call an operation. */
    public enum Access {
        /** Anyone; credentials are not even looked at (healthcheck, setup, login, capabilities). */
        PUBLIC,
        /** Anyone, but credentials that are sent must be right ({@code GET /user}). */
        ANONYMOUS_ALLOWED,
        /** Only an authenticated user; anonymous requests get 401. */
        USER
    }
}
