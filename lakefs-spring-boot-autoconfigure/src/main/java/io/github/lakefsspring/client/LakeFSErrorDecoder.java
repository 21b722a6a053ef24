package io.github.lakefsspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.client.LakeFSServerException.Request;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;

/**
 * The client's one status handler: reads a lakeFS error answer (at most 64 KiB of it) and throws the matching
 * {@link LakeFSServerException}, naming the operation, method and path, with the server's message and any
 * {@code Retry-After}.
 */
final class LakeFSErrorDecoder implements RestClient.ResponseSpec.ErrorHandler {

    /** The most of an error answer read: lakeFS's messages are short, a proxy's error page need not be. */
    static final int MAX_BODY = 64 * 1024;

    private final String apiPath;

    private final JsonMapper json;

    /**
     * @param apiBase the API base URL, so that messages show paths below it
     * @param json the client's mapper
     */
    LakeFSErrorDecoder(URI apiBase, JsonMapper json) {
        String path = apiBase.getRawPath();
        this.apiPath = (path != null) ? path : "";
        this.json = json;
    }

    @Override
    public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
        throw decode(request.getMethod().name(), request.getURI(), response);
    }

    /** @return the exception for an error answer, for callers that read responses themselves */
    LakeFSServerException decode(String method, URI uri, ClientHttpResponse response) throws IOException {
        byte[] body;
        try (InputStream in = response.getBody()) {
            body = in.readNBytes(MAX_BODY);
        }
        return decode(request(method, uri), response.getStatusCode().value(), response.getHeaders(), body);
    }

    /**
     * @param request the request as messages name it
     * @param status the answer's status
     * @param headers the answer's headers
     * @param body the first {@link #MAX_BODY} bytes of the answer's body at most
     * @return the exception for an error answer
     */
    LakeFSServerException decode(Request request, int status, HttpHeaders headers, byte[] body) {
        return LakeFSErrors.toException(request, status, serverMessage(body), headers.getFirst(HttpHeaders.CONTENT_RANGE))
            .withRetryAfter(retryAfter(headers.getFirst(HttpHeaders.RETRY_AFTER)));
    }

    /** The request as exceptions report it: the operation being called, the method and the path below the API. */
    Request request(String method, URI uri) {
        return request(CallContext.current(), method, uri);
    }

    /** The request as exceptions report it, for a known call (or none). */
    Request request(@Nullable CallContext call, String method, URI uri) {
        return new Request((call != null) ? call.operation() : "request", method, describe(uri));
    }

    /** @return the path and query of a request below the API base, as messages show it */
    String describe(@Nullable URI uri) {
        if (uri == null) {
            return "";
        }
        String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
        if (!this.apiPath.isEmpty() && path.startsWith(this.apiPath)) {
            path = path.substring(this.apiPath.length());
        }
        return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
    }

    private String serverMessage(byte[] body) {
        if (body.length == 0) {
            return "";
        }
        try {
            JsonNode node = this.json.readTree(body);
            JsonNode message = node.path("message");
            if (message.isString()) {
                return message.asString();
            }
            if (node.has("reference")) {
                return "conflict";
            }
        }
        catch (RuntimeException ex) {
            // not JSON: the text itself
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return (text.length() > 500) ? text.substring(0, 500) + "..." : text;
    }

    private static @Nullable Duration retryAfter(@Nullable String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        }
        catch (NumberFormatException ex) {
            try {
                Instant at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(Instant.now(), at);
                return wait.isNegative() ? Duration.ZERO : wait;
            }
            catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }

}
