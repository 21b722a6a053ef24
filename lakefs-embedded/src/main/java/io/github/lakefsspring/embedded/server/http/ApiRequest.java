package io.github.lakefsspring.embedded.server.http;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

import io.github.lakefsspring.embedded.server.auth.Principal;
import io.github.lakefsspring.embedded.server.validation.OperationSpec;

/**
 * A validated, authenticated request as an operation's handler sees it. Parameters have already passed
 * lakeFS's checks, so the typed accessors only read them.
 *
 * @param method the HTTP method
 * @param pathVariables decoded path variables
 * @param query the query parameters
 * @param headers lower-case header name to every value sent
 * @param body the JSON body, or null when none was sent or the operation streams it
 * @param user who the request acts as; null only for public operations called anonymously
 * @param origin scheme, host and port the client addressed, e.g. {@code http://127.0.0.1:8000}, for URLs
 *        handed back to it
 */
public record ApiRequest(String method, Map<String, String> pathVariables, QueryParameters query,
        Map<String, List<String>> headers, @Nullable JsonNode body, @Nullable Principal user, String origin) {

    /** @return a path variable */
    public String path(String name) {
        String value = pathVariables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No path variable " + name);
        }
        return value;
    }

    /** @return the first value of a query parameter, or null */
    public @Nullable String query(String name) {
        return query.first(name);
    }

    /** @return the first value of a query parameter, or {@code ""} */
    public String queryOrEmpty(String name) {
        String value = query.first(name);
        return value == null ? "" : value;
    }

    /** @return a boolean query parameter as Go reads it; absent or empty is {@code fallback} */
    public boolean flag(String name, boolean fallback) {
        String value = query.first(name);
        return value == null || value.isEmpty() ? fallback : OperationSpec.goBool(value);
    }

    /** @return a boolean query parameter, false when absent */
    public boolean flag(String name) {
        return flag(name, false);
    }

    /** @return whether a query parameter was sent at all */
    public boolean hasQuery(String name) {
        return query.contains(name);
    }

    /** @return the first value of a header, or null */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** @return whether a header was sent, even empty */
    public boolean hasHeader(String name) {
        return headers.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** @return the acting user; only public operations see anonymous requests */
    public Principal requireUser() {
        if (user == null) {
            throw new IllegalStateException("The operation requires a user");
        }
        return user;
    }

    /** @return the JSON body, or a missing node when none was sent */
    public JsonNode json() {
        return body == null ? MissingNode.getInstance() : body;
    }

    /** @return a page size as lakeFS computes it: missing or below 1 is 100, above 1000 is 1000 */
    public int amount() {
        String value = query.first("amount");
        if (value == null || value.isEmpty()) {
            return 100;
        }
        long amount = Long.parseLong(value.startsWith("+") ? value.substring(1) : value);
        if (amount > 1000) {
            return 1000;
        }
        return amount <= 0 ? 100 : (int) amount;
    }

    /** @return an optional query parameter as an {@link Optional} */
    public Optional<String> optionalQuery(String name) {
        return Optional.ofNullable(query.first(name));
    }
}
