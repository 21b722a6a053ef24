package io.github.lakefsspring.embedded.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.server.http.BodyLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests no client should send, answered without harm: bodies too large (declared, undeclared, or many at
 * once, all before authentication), JSON nested past Go's limit, names that do not fit the file system, and
 * methods outside the API. After each, the server keeps serving.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTests {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static EmbeddedLakeFSServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedLakeFSServer.builder().build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aDeclaredOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        for (long declared : new long[] { 400L * 1024 * 1024, 5L * 1024 * 1024 * 1024 }) {
            try (RawHttp raw = new RawHttp(server.endpoint())) {
                raw.head("POST", "/api/v1/repositories", "Content-Type: application/json",
                        "Content-Length: " + declared);
                String response = raw.response();
                assertThat(response).startsWith("HTTP/1.1 413").contains("request body too large");
            }
        }
        assertServing();
    }

    @Test
    void aBodyWithoutDeclaredLengthIsCutOffAtTheLimit() throws Exception {
        try (RawHttp raw = new RawHttp(server.endpoint())) {
            raw.head("POST", "/api/v1/repositories", "Content-Type: application/json", "Transfer-Encoding: chunked");
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            CompletableFuture<Long> sent = CompletableFuture.supplyAsync(() -> {
                long total = 0;
                while (total < 512L * 1024 * 1024 && raw.chunk(chunk)) {
                    total += chunk.length;
                }
                return total;
            });
            assertThat(raw.status()).isEqualTo(413);
            assertThat(sent.get(30, TimeUnit.SECONDS)).as("bytes the server let in").isLessThan(64L * 1024 * 1024);
        }
        assertServing();
    }

    @Test
    void manyUnauthenticatedBodiesAtOnceCannotExhaustTheHeap() throws Exception {
        BodyLimits limits = BodyLimits.forThisJvm();
        int fit = (int) (limits.total() / limits.perRequest());
        List<RawHttp> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < fit; i++) {
                RawHttp raw = new RawHttp(server.endpoint());
                stalled.add(raw);
                raw.head("POST", "/api/v1/repositories", "Content-Type: application/json",
                        "Content-Length: " + limits.perRequest());
                raw.send("{".getBytes(StandardCharsets.UTF_8));
            }
            Thread.sleep(300);
            try (RawHttp oneMore = new RawHttp(server.endpoint())) {
                oneMore.head("POST", "/api/v1/repositories", "Content-Type: application/json",
                        "Content-Length: " + limits.perRequest());
                assertThat(oneMore.response()).startsWith("HTTP/1.1 503").contains("Slow Down");
            }
        }
        finally {
            for (RawHttp raw : stalled) {
                raw.close();
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int status;
        do {
            Thread.sleep(100);
            status = api("POST", "/repositories", "{\"name\":\"after-" + System.nanoTime() % 100000
                    + "\",\"storage_namespace\":\"s3://b/after-" + System.nanoTime() + "\"}").statusCode();
        }
        while (status == 503 && System.nanoTime() < deadline);
        assertThat(status).as("the bodies of closed connections are given back").isEqualTo(201);
    }

    @Test
    void jsonNestedPastGosLimitIsABadRequestAndDeepButValidJsonIsValidated() throws Exception {
        HttpResponse<String> deep = api("POST", "/repositories", "[".repeat(5000) + "]".repeat(5000));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(deep.body()).contains("doesn't match schema #/components/schemas/RepositoryCreation: value must be an object");
        HttpResponse<String> tooDeep = api("POST", "/repositories", "[".repeat(10_001) + "]".repeat(10_001));
        assertThat(tooDeep.statusCode()).isEqualTo(400);
        assertThat(tooDeep.body()).contains("failed to decode request body: invalid character '[' exceeded max depth");
        HttpResponse<String> objects = api("POST", "/repositories", "{\"a\":".repeat(20_000) + "1" + "}".repeat(20_000));
        assertThat(objects.statusCode()).isEqualTo(400);
        assertServing();
    }

    @Test
    void errorsNeverShowHostPathsOrExceptionText() throws Exception {
        String longSegment = "a".repeat(300);
        HttpResponse<String> created = api("POST", "/repositories", "{\"name\":\"long-segment\",\"storage_namespace\":"
                + "\"s3://bucket/" + longSegment + "/x\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(api("POST", "/repositories/long-segment/branches/main/objects?path=a.txt", "text").statusCode())
            .isEqualTo(201);
        String tooLong = ("b".repeat(250) + "/").repeat(20);
        HttpResponse<String> refused = api("POST", "/repositories", "{\"name\":\"too-long\",\"storage_namespace\":"
                + "\"s3://bucket/" + tooLong + "\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("failed to create repository")
            .doesNotContain(server.dataDirectory().toString())
            .doesNotContain("Exception")
            .doesNotContain("java.");
    }

    @Test
    void methodsOutsideTheApiAreNotAnsweredAsIfTheyDidSomething() throws Exception {
        HttpResponse<String> unsignedWrite = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/repo/main/k"))
            .PUT(HttpRequest.BodyPublishers.ofString("data")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsignedWrite.statusCode()).isEqualTo(405);
        assertThat(unsignedWrite.headers().firstValue("Allow")).hasValue("GET, HEAD");
        HttpResponse<String> delete = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/anything"))
            .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(server.endpoint().resolve("/")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/api/v1");
    }

    @Test
    void aBodyFollowedByGarbageIsStillAnswered() throws Exception {
        api("POST", "/repositories", "{\"name\":\"pipelined\",\"storage_namespace\":\"s3://b/pipelined\"}");
        byte[] garbage = new byte[256 * 1024];
        for (int i = 0; i < 30; i++) {
            try (RawHttp raw = new RawHttp(server.endpoint())) {
                raw.head("POST", "/api/v1/repositories/pipelined/branches/main/objects?path=p" + i,
                        "Authorization: " + RawHttp.basic(server.accessKeyId(), server.secretAccessKey()),
                        "Content-Length: 0");
                raw.send(garbage);
                assertThat(raw.status()).as("attempt %d", i).isEqualTo(201);
            }
        }
        assertServing();
    }

    @Test
    void anUploadCutBeforeItsBodyEndsStoresNothing() throws Exception {
        api("POST", "/repositories", "{\"name\":\"cut\",\"storage_namespace\":\"s3://b/cut\"}");
        String authorization = "Authorization: " + RawHttp.basic(server.accessKeyId(), server.secretAccessKey());
        try (RawHttp raw = new RawHttp(server.endpoint())) {
            raw.head("POST", "/api/v1/repositories/cut/branches/main/objects?path=chunked", authorization,
                    "Transfer-Encoding: chunked");
            raw.chunk("partial".getBytes(StandardCharsets.UTF_8));
        }
        try (RawHttp raw = new RawHttp(server.endpoint())) {
            raw.head("POST", "/api/v1/repositories/cut/branches/main/objects?path=headers-only", authorization,
                    "Transfer-Encoding: chunked");
        }
        try (RawHttp raw = new RawHttp(server.endpoint())) {
            raw.head("POST", "/api/v1/repositories/cut/branches/main/objects?path=declared", authorization,
                    "Content-Length: 100");
            raw.send("partial".getBytes(StandardCharsets.UTF_8));
        }
        Thread.sleep(500);
        for (String path : List.of("chunked", "headers-only", "declared")) {
            assertThat(api("GET", "/repositories/cut/refs/main/objects/stat?path=" + path, null).statusCode())
                .as(path).isEqualTo(404);
        }
        assertServing();
    }

    private static void assertServing() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(server.apiEndpoint().resolve("v1/healthcheck"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(204);
        assertThat(api("GET", "/repositories", null).statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> api(String method, String path, String body) throws Exception {
        URI uri = URI.create(server.apiEndpoint() + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(20))
            .header("Authorization", RawHttp.basic(server.accessKeyId(), server.secretAccessKey()))
            .header("Content-Type", "application/json");
        request.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
