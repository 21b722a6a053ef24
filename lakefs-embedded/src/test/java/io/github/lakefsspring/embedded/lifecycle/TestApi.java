package io.github.lakefsspring.embedded.lifecycle;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

/**
 * Calls to one server's REST API with lakeFS's quickstart credentials, over the JDK's HTTP client.
 *
 * @param base the API base, e.g. {@code http://127.0.0.1:8000/api/v1}
 */
record TestApi(URI base, String accessKeyId, String secretAccessKey) {

    private static final HttpClient http = HttpClient.newHttpClient();

    TestApi(URI base) {
        this(base, EmbeddedLakeFSServer.QUICKSTART_ACCESS_KEY_ID, EmbeddedLakeFSServer.QUICKSTART_SECRET_ACCESS_KEY);
    }

    /** @return the same API, called with another key pair */
    TestApi as(String otherAccessKeyId, String otherSecretAccessKey) {
        return new TestApi(this.base, otherAccessKeyId, otherSecretAccessKey);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(this.base + path))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((this.accessKeyId + ":"
                    + this.secretAccessKey).getBytes(StandardCharsets.UTF_8)));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(String repository, String path, String content) throws IOException, InterruptedException {
        return http.send(request("/repositories/" + repository + "/branches/main/objects?path=" + path)
            .POST(HttpRequest.BodyPublishers.ofString(content)).build(), HttpResponse.BodyHandlers.ofString());
    }

}
