package io.github.lakefsspring.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted HTTP server for faults a real lakeFS cannot be made to produce (a 503 storm, a cut connection, a
 * silent server). Records every request line it receives.
 */
final class StubServer implements AutoCloseable {

    private final HttpServer server;

    final List<String> requests = new CopyOnWriteArrayList<>();

    StubServer(HttpHandler handler) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.createContext("/", (exchange) -> {
            this.requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            handler.handle(exchange);
        });
        this.server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + this.server.getAddress().getPort();
    }

    static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        this.server.stop(0);
    }

}
