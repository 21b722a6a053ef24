package io.github.lakefsspring.embedded.server.actions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls a {@code webhook} hook as lakeFS does: a POST of the event as JSON to its {@code url} with its
 * {@code query_params}, bounded by its {@code timeout} (1 minute by default), writing lakeFS's log of the request
 * and the answer; any answer outside 2xx fails the hook.
 */
final class WebhookCall {

    /** The most of a webhook's answer kept in its log. */
    private static final int MAX_ANSWER = 64 * 1024;

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(1);

    /** The longest a webhook may take, whatever its action file asks: a hook holds an operation up. */
    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);

    private static final Pattern GO_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

    private final HttpClient http;

    WebhookCall(HttpClient http) {
        this.http = http;
    }

    /**
     * @param properties the hook's properties
     * @param body the event JSON
     * @param log where lakeFS's log of the call goes
     * @return null when the hook succeeded, else lakeFS's error text
     */
    String call(Map<String, Object> properties, String body, StringBuilder log) {
        Object url = properties.get("url");
        if (!(url instanceof String target) || target.isEmpty()) {
            return "key url: missing key in properties";
        }
        StringBuilder query = new StringBuilder();
        if (properties.get("query_params") instanceof Map<?, ?> params) {
            params.forEach((name, values) -> {
                List<?> all = (values instanceof List<?> list) ? list : List.of(String.valueOf(values));
                all.forEach((value) -> query.append(query.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(String.valueOf(name), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
            });
        }
        URI uri;
        try {
            String full = target + (query.isEmpty() ? "" : (target.contains("?") ? "&" : "?") + query);
            uri = URI.create(full);
        }
        catch (IllegalArgumentException ex) {
            return "invalid webhook url";
        }
        Duration timeout = timeout(properties.get("timeout"));
        log.append("Request:\nPOST ").append(target).append("\nQuery Params:\nHeaders:\nContent-Type: application/json\n")
            .append("Request Body:\n").append(body).append("\n\n");
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> answer = this.http.send(HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
            String text;
            try (InputStream in = answer.body()) {
                text = new String(in.readNBytes(MAX_ANSWER), StandardCharsets.UTF_8);
            }
            log.append("Request duration: ").append(Duration.ofNanos(System.nanoTime() - started).toMillis())
                .append("ms\n\nResponse:\nHTTP ").append(answer.statusCode()).append('\n');
            answer.headers().map().forEach((name, values) -> values
                .forEach((value) -> log.append(name).append(": ").append(value).append('\n')));
            log.append('\n').append(text);
            int status = answer.statusCode();
            return (status >= 200 && status < 300) ? null
                    : "webhook request failed (status code: " + status + ")";
        }
        catch (IOException ex) {
            return "webhook request failed: " + ex.getClass().getSimpleName();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return "webhook request interrupted";
        }
    }

    /** A Go duration such as {@code 30s} or {@code 1m30s}; 1 minute when absent or unreadable. */
    static Duration timeout(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return DEFAULT_TIMEOUT;
        }
        Matcher parts = GO_DURATION.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (parts.find() && parts.start() == end) {
            long amount = Long.parseLong(parts.group(1));
            total = total.plus(switch (parts.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
            end = parts.end();
        }
        if (end != text.length() || total.isZero()) {
            return DEFAULT_TIMEOUT;
        }
        return (total.compareTo(MAX_TIMEOUT) > 0) ? MAX_TIMEOUT : total;
    }

}
