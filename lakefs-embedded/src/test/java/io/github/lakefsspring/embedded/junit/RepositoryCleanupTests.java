package io.github.lakefsspring.embedded.junit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test class's repositories, and only they, are deleted when it ends: the repositories under its namespace
 * prefix, not those under another prefix that merely starts the same way.
 */
class RepositoryCleanupTests {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void onlyTheRepositoriesUnderTheClassPrefixAreDeleted() throws Exception {
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().build().start()) {
            LakeFSTarget classTarget = LakeFSTarget.of(server).withNamespacePrefix("s3://it/cleanup-1234/");
            for (int i = 0; i < 3; i++) {
                create(server, "mine-" + i, classTarget.uniqueNamespace("mine-" + i));
            }
            create(server, "other", "s3://it/another-class/other");
            create(server, "near", "s3://it/cleanup-12345/near");
            RepositoryCleanup cleanup = new RepositoryCleanup(classTarget);
            assertThat(cleanup.repositoriesUnderPrefix()).containsExactlyInAnyOrder("mine-0", "mine-1", "mine-2");
            cleanup.close();
            assertThat(cleanup.repositoriesUnderPrefix()).isEmpty();
            assertThat(get(server, "/repositories").body()).contains("\"id\":\"other\"").contains("\"id\":\"near\"")
                .doesNotContain("mine-");
        }
    }

    private void create(EmbeddedLakeFSServer server, String id, String namespace) throws Exception {
        HttpResponse<String> created = this.http.send(request(server, "/repositories")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + id + "\",\"storage_namespace\":\"" + namespace
                    + "\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private HttpResponse<String> get(EmbeddedLakeFSServer server, String path) throws Exception {
        return this.http.send(request(server, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(EmbeddedLakeFSServer server, String path) {
        return HttpRequest.newBuilder(URI.create(server.apiEndpoint() + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((server.accessKeyId() + ":"
                    + server.secretAccessKey()).getBytes(StandardCharsets.UTF_8)));
    }

}
