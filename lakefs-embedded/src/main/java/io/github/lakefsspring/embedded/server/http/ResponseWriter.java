package io.github.lakefsspring.embedded.server.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

import io.github.lakefsspring.embedded.server.json.LakeFSJson;

/**
 * Writes {@link ApiResponse}s to the network as lakeFS writes its responses: JSON with
 * {@code X-Content-Type-Options: nosniff}, an explicit {@code Content-Length}, a {@code Date}, and no body
 * at all for HEAD requests (their headers stay as a GET would have them).
 */
public final class ResponseWriter {

    private final LakeFSJson json;

    private final Clock clock;

    public ResponseWriter(LakeFSJson json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    public Mono<Void> write(HttpServerResponse response, ApiResponse api, boolean head) {
        response.status(HttpResponseStatus.valueOf(api.status()));
        response.header(HttpHeaderNames.DATE, HttpDates.format(clock.instant()));
        for (Map.Entry<String, String> header : api.headers()) {
            response.addHeader(header.getKey(), header.getValue());
        }
        ResponseBody body = api.body();
        if (body instanceof ResponseBody.Json value) {
            byte[] bytes = json.write(value.value());
            response.header(HttpHeaderNames.CONTENT_TYPE, "application/json");
            response.header("X-Content-Type-Options", "nosniff");
            return send(response, bytes, head);
        }
        if (body instanceof ResponseBody.Text text) {
            byte[] bytes = text.text().getBytes(StandardCharsets.UTF_8);
            response.header(HttpHeaderNames.CONTENT_TYPE, text.contentType());
            return send(response, bytes, head);
        }
        if (body instanceof ResponseBody.FileRegion file) {
            response.header(HttpHeaderNames.CONTENT_LENGTH, Long.toString(file.length()));
            if (head || file.length() == 0) {
                return response.send();
            }
            return response.sendFile(file.file(), file.offset(), file.length()).then();
        }
        if (!response.responseHeaders().contains(HttpHeaderNames.CONTENT_LENGTH) && mayHaveBody(api.status())) {
            response.header(HttpHeaderNames.CONTENT_LENGTH, "0");
        }
        return response.send();
    }

    private static Mono<Void> send(HttpServerResponse response, byte[] bytes, boolean head) {
        response.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(bytes.length));
        if (head) {
            return response.send();
        }
        return response.sendByteArray(Mono.just(bytes)).then();
    }

    private static boolean mayHaveBody(int status) {
        return status != 204 && status != 304 && status >= 200;
    }
}
