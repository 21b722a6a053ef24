package io.github.lakefsspring.embedded.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
    void theReadmeSaysWhichOperationsAreServed(EmbeddedLakeFSServer server) throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Set<String> implemented = server.routes()
            .stream()
            .filter(Route::implemented)
            .map((route) -> route.method().name() + " " + route.template().toString().replaceAll("\\{[^}]*}", "{}"))
            .collect(Collectors.toSet());
        int rows = 0;
        for (UnsupportedOperations.Operation operation : UnsupportedOperations.all()) {
            if (operation.internal()) {
                continue;
            }
            Matcher row = Pattern.compile("^\\| `" + operation.operationId() + "` \\| .*? \\| (.*?) \\|$",
                    Pattern.MULTILINE).matcher(readme);
            assertThat(row.find()).as("README row for %s", operation.operationId()).isTrue();
            boolean served = implemented.contains(operation.method() + " "
                    + operation.path().replaceAll("\\{[^}]*}", "{}"));
            assertThat(row.group(1).equals("yes")).as("README says whether %s is served", operation.operationId())
                .isEqualTo(served);
            rows++;
        }
        assertThat(rows).isEqualTo(104);
    }

    @Test
    void anUnimplementedOperationAnswers501NamingIt(EmbeddedLakeFSServer server) throws Exception {
        HttpResponse<String> response = get(server, "/auth/policies");
        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(response.body())
            .isEqualTo("{\"message\":\"listPolicies is not supported by the embedded lakeFS server\"}\n");
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
