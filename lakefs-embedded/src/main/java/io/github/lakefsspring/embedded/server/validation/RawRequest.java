package io.github.lakefsspring.embedded.server.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.server.http.QueryParameters;

/**
 * What the validator sees of a request.
 *
 * @param pathVariables decoded path variables
 * @param query the query parameters
 * @param headers header name (lower-case) to every value sent
 * @param contentType the {@code Content-Type} header, or null
 * @param body the body of a JSON operation (empty array for none), or null when the body is streamed
 */
public record RawRequest(Map<String, String> pathVariables, QueryParameters query,
        Map<String, List<String>> headers, @Nullable String contentType, byte @Nullable [] body) {

    /** @return every value of a header, matched case-insensitively */
    public List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }
}
