package io.github.lakefsspring.embedded.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server signs and serves its own presigned URLs, so it must refuse every URL it did not sign as it
 * is: a well-formed signature that is wrong, and a right signature over an altered expiry, address or method. And
 * once the bytes at a reserved address are linked as an object, the URL that wrote them can never change them.
 */
class PresignTamperingTests {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final JsonMapper json = JsonMapper.builder().build();

    private static EmbeddedLakeFSServer server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedLakeFSServer.builder().build().start();
        assertThat(api("POST", "/repositories", "{\"name\":\"presign\",\"storage_namespace\":\"s3://b/presign\"}")
            .statusCode()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLinkedAddressCannotBeRewrittenThroughTheUrlThatWroteIt() throws Exception {
        JsonNode location = json.readTree(api("GET",
                "/repositories/presign/branches/main/staging/backing?path=linked.txt&presign=true", null).body());
        String url = location.path("presigned_url").asString();
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url))
            .PUT(HttpRequest.BodyPublishers.ofString("original")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(200);
        String etag = put.headers().firstValue("ETag").orElseThrow().replace("\"", "");
        HttpResponse<String> link = api("PUT", "/repositories/presign/branches/main/staging/backing?path=linked.txt",
                "{\"staging\":{\"physical_address\":\"" + location.path("physical_address").asString() + "\"},"
                        + "\"checksum\":\"" + etag + "\",\"size_bytes\":8}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
        api("POST", "/repositories/presign/branches/main/commits", "{\"message\":\"keep it\"}");

        HttpResponse<String> rewrite = http.send(HttpRequest.newBuilder(URI.create(url))
            .PUT(HttpRequest.BodyPublishers.ofString("tampered")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(rewrite.statusCode()).isEqualTo(403);
        assertThat(rewrite.body()).contains("AccessDenied");
        assertThat(api("GET", "/repositories/presign/refs/main/objects?path=linked.txt", null).body()).isEqualTo("original");
    }

    @Test
    void urlsTheServerDidNotSignAsTheyAreAreRefused() throws Exception {
        api("POST", "/repositories/presign/branches/main/objects?path=one.txt", "one");
        api("POST", "/repositories/presign/branches/main/objects?path=two.txt", "two");
        String one = presignedRead("one.txt");
        String two = presignedRead("two.txt");
        assertThat(get(one).statusCode()).isEqualTo(200);
        assertThat(get(one).body()).isEqualTo("one");

        String signature = parameter(one, "signature");
        char first = signature.charAt(0);
        String forged = signature.substring(0, signature.length() - 8) + "00000000";
        assertThat(get(with(one, "signature", forged)).statusCode()).isEqualTo(403);
        assertThat(get(with(one, "signature", ((first == 'a') ? 'b' : 'a') + signature.substring(1))).statusCode())
            .isEqualTo(403);
        long expires = Long.parseLong(parameter(one, "expires"));
        assertThat(get(with(one, "expires", Long.toString(expires + 3600))).statusCode()).isEqualTo(403);
        assertThat(get(with(one, "address", parameter(two, "address"))).statusCode()).isEqualTo(403);
        HttpResponse<String> methodChanged = http.send(HttpRequest.newBuilder(URI.create(with(one, "method", "PUT")))
            .PUT(HttpRequest.BodyPublishers.ofString("overwrite")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(methodChanged.statusCode()).isEqualTo(403);
        HttpResponse<String> putWithReadUrl = http.send(HttpRequest.newBuilder(URI.create(one))
            .PUT(HttpRequest.BodyPublishers.ofString("overwrite")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(putWithReadUrl.statusCode()).isEqualTo(403);
        assertThat(get(one).body()).isEqualTo("one");
    }

    private static String presignedRead(String path) throws Exception {
        JsonNode stats = json.readTree(api("GET", "/repositories/presign/refs/main/objects/stat?presign=true&path="
                + path, null).body());
        return stats.path("physical_address").asString();
    }

    private static String parameter(String url, String name) {
        Matcher matcher = Pattern.compile("[?&]" + name + "=([^&]*)").matcher(url);
        assertThat(matcher.find()).as("%s in %s", name, url).isTrue();
        return matcher.group(1);
    }

    private static String with(String url, String name, String value) {
        return url.replaceFirst("([?&]" + name + "=)[^&]*", "$1" + Matcher.quoteReplacement(value));
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> api(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.apiEndpoint() + path))
            .header("Authorization", RawHttp.basic(server.accessKeyId(), server.secretAccessKey()))
            .header("Content-Type", "application/json");
        request.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
