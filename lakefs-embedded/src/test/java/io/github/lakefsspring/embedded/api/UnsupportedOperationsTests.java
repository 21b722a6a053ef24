package io.github.lakefsspring.embedded.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.server.api.UnsupportedOperations;
import io.github.lakefsspring.embedded.server.http.Route;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of lakeFS's REST API is answered: implemented, or 501 naming the operation, never lakeFS's
 * 404 {@code invalid API endpoint}, which stays for paths that are no operation at all.
 */
@EmbeddedLakeFS
class UnsupportedOperationsTests {

    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyLakeFSOperationHasARoute(EmbeddedLakeFSServer server) {
        List<String> routes = server.routes().stream()
            .map((route) -> route.method().name() + " " + route.template().toString().replaceAll("\\{[^}]*}", "{}"))
            .toList();
        assertThat(UnsupportedOperations.all()).hasSize(134).allSatisfy((operation) -> assertThat(routes)
            .contains(operation.method() + " " + operation.path().replaceAll("\\{[^}]*}", "{}")));
        assertThat(server.routes().stream().filter(Route::implemented)).hasSizeGreaterThan(40);
    }

    @Test
    void anUnimplementedOperationAnswers501NamingIt(EmbeddedLakeFSServer server) throws Exception {
        HttpResponse<String> response = get(server, "/auth/groups");
        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(response.body()).isEqualTo("{\"message\":\"listGroups is not supported by the embedded lakeFS server\"}\n");
        HttpResponse<String> unknown = get(server, "/no/such/endpoint");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("invalid API endpoint");
    }

    private static HttpResponse<String> get(EmbeddedLakeFSServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.apiEndpoint() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((server.accessKeyId() + ":"
                    + server.secretAccessKey()).getBytes(StandardCharsets.UTF_8)))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

}
