package io.github.lakefsspring.embedded.junit;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deletes, when a test class ends, every repository of a real lakeFS whose storage namespace lies under the
 * class's own namespace prefix: whatever client a test used, what it created through
 * {@link LakeFSTarget#uniqueNamespace(String)} is gone afterwards, so suites leave nothing on the server.
 */
final class RepositoryCleanup implements ExtensionContext.Store.CloseableResource {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final LakeFSTarget target;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final JsonMapper json = JsonMapper.builder().build();

    RepositoryCleanup(LakeFSTarget target) {
        this.target = target;
    }

    LakeFSTarget target() {
        return this.target;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        for (String repository : repositoriesUnderPrefix()) {
            HttpResponse<String> deleted = this.http.send(request("/repositories/" + encode(repository))
                .DELETE()
                .build(), HttpResponse.BodyHandlers.ofString());
            if (deleted.statusCode() != 204 && deleted.statusCode() != 404) {
                throw new IOException("Could not delete test repository " + repository + ": " + deleted.statusCode()
                        + " " + deleted.body());
            }
        }
    }

    /** @return the repositories whose storage namespace lies under the class's prefix */
    List<String> repositoriesUnderPrefix() throws IOException, InterruptedException {
        List<String> found = new ArrayList<>();
        String after = "";
        while (true) {
            HttpResponse<String> page = this.http.send(request("/repositories?amount=1000&after=" + encode(after))
                .GET()
                .build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IOException("Could not list repositories: " + page.statusCode() + " " + page.body());
            }
            JsonNode body = this.json.readTree(page.body());
            for (JsonNode repository : body.path("results")) {
                if (repository.path("storage_namespace").asString("").startsWith(this.target.namespacePrefix())) {
                    found.add(repository.path("id").asString());
                }
            }
            if (!body.path("pagination").path("has_more").asBoolean(false)) {
                return found;
            }
            after = body.path("pagination").path("next_offset").asString("");
        }
    }

    private HttpRequest.Builder request(String path) {
        String credentials = this.target.accessKeyId() + ":" + this.target.secretAccessKey();
        return HttpRequest.newBuilder(URI.create(this.target.apiEndpoint() + path))
            .timeout(TIMEOUT)
            .header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
