package io.github.lakefsspring.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A reverse proxy in front of a real (embedded) lakeFS that records the headers of every request it forwards, so a
 * test can see what reached the server. It forwards everything and changes nothing but hop-by-hop headers.
 */
public final class RecordingProxy implements AutoCloseable {

    private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "host", "upgrade",
            "expect", "transfer-encoding", "keep-alive");

    private final HttpServer server;

    private final HttpClient client = HttpClient.newHttpClient();

    private final URI target;

    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** @param target the server's root, e.g. {@code http://127.0.0.1:8000} */
    public RecordingProxy(URI target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.setExecutor(Executors.newCachedThreadPool());
        this.server.createContext("/", this::forward);
        this.server.start();
    }

    /** @return the proxy's root URL, to configure instead of the server's */
    public String endpoint() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort();
    }

    /** @return the requests forwarded so far */
    public List<Received> received() {
        return List.copyOf(this.received);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            Headers headers = exchange.getRequestHeaders();
            this.received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers));
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(this.target.resolve(exchange.getRequestURI().toString()))
                .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach((value) -> request.header(name, value));
                }
            });
            HttpResponse<InputStream> response = this.client.send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            long length = response.headers().firstValueAsLong("content-length").orElse(0);
            boolean empty = "HEAD".equals(exchange.getRequestMethod()) || response.statusCode() == 204
                    || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : (length > 0 ? length : 0));
            try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
                if (!empty) {
                    in.transferTo(out);
                }
            }
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

    /** One request as the proxy received it. */
    public record Received(String method, String uri, Headers headers) {

        /** @return the first value of a header, or null */
        public String header(String name) {
            return this.headers.getFirst(name);
        }

    }

}
