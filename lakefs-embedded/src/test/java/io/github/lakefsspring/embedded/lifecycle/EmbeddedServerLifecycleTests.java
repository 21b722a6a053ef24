package io.github.lakefsspring.embedded.lifecycle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.EmbeddedLakeFSMain;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The server's life: a restart keeps every acknowledged write (users and keys included, their secrets sealed), a
 * kill during an upload leaves no partial object,
 * and the standalone main starts, answers and stops on SIGTERM.
 */
class EmbeddedServerLifecycleTests {

    private static final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path data;

    @Test
    void restartKeepsCommittedAndStagedWrites() throws Exception {
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.post("/repositories", "{\"name\":\"keep\",\"storage_namespace\":\"s3://b/keep\"}").statusCode())
                .isEqualTo(201);
            assertThat(api.upload("keep", "committed.txt", "one").statusCode()).isEqualTo(201);
            assertThat(api.post("/repositories/keep/branches/main/commits", "{\"message\":\"c\"}").statusCode())
                .isEqualTo(201);
            assertThat(api.upload("keep", "staged.txt", "two").statusCode()).isEqualTo(201);
        }
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.get("/repositories/keep/refs/main/objects?path=committed.txt").body()).isEqualTo("one");
            assertThat(api.get("/repositories/keep/refs/main/objects?path=staged.txt").body()).isEqualTo("two");
            assertThat(api.get("/repositories/keep/refs/main/commits").body()).contains("\"message\":\"c\"");
        }
    }

    @Test
    void restartKeepsBranchProtectionAndGarbageCollectionRules() throws Exception {
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            api.post("/repositories", "{\"name\":\"rules\",\"storage_namespace\":\"s3://b/rules\"}");
            assertThat(api.put("/repositories/rules/settings/branch_protection", "[{\"pattern\":\"main\"}]")
                .statusCode()).isEqualTo(204);
            assertThat(api.put("/repositories/rules/settings/gc_rules",
                    "{\"default_retention_days\":3,\"branches\":[]}").statusCode()).isEqualTo(204);
        }
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.get("/repositories/rules/settings/branch_protection").body()).contains("\"main\"");
            assertThat(api.get("/repositories/rules/settings/gc_rules").body()).contains("\"default_retention_days\":3");
            HttpResponse<String> refused = api.upload("rules", "a.txt", "a");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("cannot write to protected branch");
        }
    }

    @Test
    void restartKeepsActionRunsAndPullRequests() throws Exception {
        String runs;
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            api.post("/repositories", "{\"name\":\"hooks\",\"storage_namespace\":\"s3://b/hooks\"}");
            api.post("/repositories/hooks/branches", "{\"name\":\"feature\",\"source\":\"main\"}");
            api.upload("hooks", "_lakefs_actions/check.yaml", """
                    name: check
                    on:
                      pre-commit:
                    hooks:
                      - id: unreachable
                        type: webhook
                        properties:
                          url: "http://127.0.0.1:9/check"
                    """);
            assertThat(api.post("/repositories/hooks/branches/main/commits", "{\"message\":\"refused\"}")
                .statusCode()).isEqualTo(412);
            runs = api.get("/repositories/hooks/actions/runs").body();
            assertThat(runs).contains("\"event_type\":\"pre-commit\"").contains("\"status\":\"failed\"");
            assertThat(api.post("/repositories/hooks/pulls", "{\"title\":\"t\",\"source_branch\":\"feature\","
                    + "\"destination_branch\":\"main\"}").statusCode()).isEqualTo(201);
        }
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.get("/repositories/hooks/actions/runs").body()).isEqualTo(runs);
            assertThat(api.get("/repositories/hooks/pulls").body()).contains("\"title\":\"t\"");
        }
    }

    @Test
    void restartKeepsUsersKeysAndGroupsWithSecretsSealed() throws Exception {
        String accessKeyId;
        String secret;
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.post("/auth/users", "{\"id\":\"etl\"}").statusCode()).isEqualTo(201);
            assertThat(api.put("/auth/groups/Writers/members/etl", "").statusCode()).isEqualTo(201);
            assertThat(api.post("/auth/groups", "{\"id\":\"ops\"}").statusCode()).isEqualTo(201);
            assertThat(api.post("/auth/groups/ops/acl", "{\"permission\":\"Read\"}").statusCode()).isEqualTo(201);
            JsonNode key = JsonMapper.builder().build()
                .readTree(api.post("/auth/users/etl/credentials", "").body());
            accessKeyId = key.path("access_key_id").asString();
            secret = key.path("secret_access_key").asString();
        }
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.as(accessKeyId, secret).get("/user").body()).contains("\"id\":\"etl\"");
            assertThat(api.get("/auth/users/etl/groups").body()).contains("\"id\":\"Writers\"");
            assertThat(api.get("/auth/groups/ops/acl").body())
                .isEqualToIgnoringWhitespace("{\"permission\":\"Read\"}");
        }
        try (Stream<Path> files = Files.walk(this.data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain(secret);
            }
        }
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data)
            .credentials("AKIAOTHERADMIN000000", "another-server-secret").build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            // the keys were sealed with the earlier server secret, and the earlier admin key is configured no more
            assertThat(api.as(accessKeyId, secret).get("/user").statusCode()).isEqualTo(401);
            assertThat(api.get("/user").statusCode()).isEqualTo(401);
            assertThat(api.as("AKIAOTHERADMIN000000", "another-server-secret").get("/auth/users/etl").statusCode())
                .isEqualTo(200);
        }
    }

    @Test
    void killDuringUploadLeavesNoPartialObject() throws Exception {
        Process process = startMain("--port", "0", "--data-dir", this.data.toString());
        try {
            TestApi api = new TestApi(URI.create(awaitEndpoint(process)));
            api.post("/repositories", "{\"name\":\"crash\",\"storage_namespace\":\"s3://b/crash\"}");
            assertThat(api.upload("crash", "acknowledged.txt", "safe").statusCode()).isEqualTo(201);
            CompletableFuture<HttpResponse<String>> upload = http.sendAsync(
                    api.request("/repositories/crash/branches/main/objects?path=partial.bin")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SlowStream(8 * 1024 * 1024)))
                        .build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            assertThat(upload).failsWithin(Duration.ofSeconds(10));
        }
        finally {
            process.destroyForcibly();
        }
        try (EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder().dataDirectory(this.data).build().start()) {
            TestApi api = new TestApi(server.apiEndpoint());
            assertThat(api.get("/repositories/crash/refs/main/objects?path=acknowledged.txt").body()).isEqualTo("safe");
            assertThat(api.get("/repositories/crash/refs/main/objects/stat?path=partial.bin").statusCode())
                .isEqualTo(404);
            assertThat(api.get("/repositories/crash/refs/main/objects/ls").body()).doesNotContain("partial.bin");
        }
    }

    @Test
    void standaloneMainStartsAnswersAndStopsOnSigterm() throws Exception {
        Process process = startMain("--port", "0");
        String endpoint = awaitEndpoint(process);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(endpoint + "/healthcheck")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
        process.destroy();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
    }

    @Test
    void standaloneMainRejectsBadArgumentsWithExitCode2() throws Exception {
        Process process = startMain("--port", "not-a-port");
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
            .contains("--port not-a-port is invalid: it must be a number from 0 to 65535");
    }

    @Test
    void quickstartCredentialsAreNotServedBeyondThisMachineUnlessAllowed() throws Exception {
        assertThatIllegalStateException()
            .isThrownBy(() -> EmbeddedLakeFSServer.builder().bindAddress("0.0.0.0").build().start())
            .withMessageContaining("Refusing to bind 0.0.0.0 with lakeFS's public quickstart credentials")
            .withMessageContaining("--allow-quickstart-credentials-on-network");
        try (EmbeddedLakeFSServer own = EmbeddedLakeFSServer.builder().bindAddress("0.0.0.0")
            .credentials("AKIAOWNKEY0000000000", "an own secret of the team").build().start()) {
            assertThat(own.isLoopbackOnly()).isFalse();
        }
        try (EmbeddedLakeFSServer allowed = EmbeddedLakeFSServer.builder().bindAddress("0.0.0.0")
            .allowQuickstartCredentialsOnNetwork(true).build().start()) {
            assertThat(allowed.usesQuickstartCredentials()).isTrue();
        }
        Process refused = startMain("--port", "0", "--bind", "0.0.0.0");
        assertThat(refused.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isEqualTo(2);
        assertThat(new String(refused.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
            .contains("Refusing to bind 0.0.0.0");
    }

    private static Process startMain(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), EmbeddedLakeFSMain.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static String awaitEndpoint(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Pattern ready = Pattern.compile("is ready at (\\S+)");
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Matcher matcher = ready.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        reader.transferTo(Writer.nullWriter());
                    }
                    catch (IOException ex) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("the server did not start");
    }

    /** A body that sends a first megabyte quickly and the rest slowly, so the server is killed mid-upload. */
    private static final class SlowStream extends InputStream {

        private long remaining;

        SlowStream(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return (read(one, 0, 1) < 0) ? -1 : one[0];
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (this.remaining <= 0) {
                return -1;
            }
            if (this.remaining < 7L * 1024 * 1024) {
                try {
                    Thread.sleep(200);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            int n = (int) Math.min(Math.min(length, 64 * 1024), this.remaining);
            this.remaining -= n;
            return n;
        }

    }

}
