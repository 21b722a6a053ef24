package io.github.lakefsspring.embedded.hostile;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.server.http.Route;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec;
import io.github.lakefsspring.embedded.server.validation.Schema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST operation the server serves, taken from its route table (so a new operation is covered without
 * touching this test), called with a well-formed request: anonymously, with the right access key id and a wrong
 * secret, with a wrong key id, and with a forged bearer token. Each must be refused with lakeFS's 401 unless
 * lakeFS serves the operation publicly (health check, setup, login), which must still answer without a server
 * error. A route opened by mistake, or a secret check that looks only at the key id, fails here. Then each again as
 * a user in no group, who may call only what lakeFS lets any user call.
 */
class AuthenticationCoverageTests {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static final JsonMapper json = JsonMapper.builder().build();

    private static final String REPOSITORY = "auth-coverage";

    /** Values for path variables and strings, chosen to pass the operations' input rules. */
    private static final Map<String, String> VALUES = Map.ofEntries(Map.entry("repository", REPOSITORY),
            Map.entry("branch", "main"), Map.entry("ref", "main"), Map.entry("sourceRef", "main"),
            Map.entry("destinationBranch", "main"), Map.entry("leftRef", "main"), Map.entry("rightRef", "main"),
            Map.entry("tag", "v1"), Map.entry("commitId", "main"), Map.entry("uploadId", "upload"));

    /**
     * The operations lakeFS serves without credentials (its security requirement is empty), by operation name;
     * kept here, not read from the server, so that a route opened by mistake is caught.
     */
    private static final Set<String> PUBLIC = Set.of("HealthCheck", "GetSetupState", "Setup", "SetupCommPrefs",
            "Login", "GetAuthCapabilities", "ExternalPrincipalLogin", "StsLogin", "OauthCallback");

    /** Operations anonymous callers may use, as long as the credentials they do send are right. */
    private static final Set<String> ANONYMOUS_ALLOWED = Set.of("GetCurrentUser");

    /**
     * Operations lakeFS lets any authenticated user call, whatever the user may do ({@code deleteObjects} refuses
     * each path instead); every other one needs a permission a user in no group lacks.
     */
    private static final Set<String> ANY_USER = Set.of("GetCurrentUser", "GetLakeFSVersion",
            "GetGarbageCollectionConfig", "DeleteObjects");

    private static String userInNoGroup;

    private static final List<String> STRING_CANDIDATES = List.of("main", REPOSITORY, "s3://bucket/prefix/", "x");

    private static EmbeddedLakeFSServer server;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedLakeFSServer.builder().build().start();
        String admin = RawHttp.basic(server.accessKeyId(), server.secretAccessKey());
        http.send(HttpRequest.newBuilder(URI.create(server.apiEndpoint() + "/auth/users"))
            .header("Authorization", admin)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"nobody\"}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        var key = json.readTree(http.send(HttpRequest.newBuilder(URI.create(server.apiEndpoint()
                + "/auth/users/nobody/credentials"))
            .header("Authorization", admin)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(), HttpResponse.BodyHandlers.ofString()).body());
        userInNoGroup = RawHttp.basic(key.path("access_key_id").asString(), key.path("secret_access_key").asString());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesRequestsWithoutValidCredentials() {
        assertThat(server.routes()).hasSizeGreaterThan(130);
        return server.routes().stream().flatMap((route) -> Stream.of(
                check(route, "anonymously", null),
                check(route, "with a wrong secret", RawHttp.basic(server.accessKeyId(), server.secretAccessKey() + "x")),
                check(route, "with a secret of the same length but one character changed",
                        RawHttp.basic(server.accessKeyId(), changeLast(server.secretAccessKey()))),
                check(route, "with an unknown access key id", RawHttp.basic("AKIAUNKNOWNUNKNOWN00", server.secretAccessKey())),
                check(route, "with a forged bearer token", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2lnbmF0dXJl")));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesAUserWithoutPermissions() {
        return server.routes().stream()
            .filter((route) -> route.implemented() && route.access() == Route.Access.USER)
            .map((route) -> DynamicTest.dynamicTest(route.method() + " " + route.template() + " ("
                    + route.operation().handlerName() + ")", () -> {
                HttpResponse<String> response = send(route, userInNoGroup);
                if (ANY_USER.contains(route.operation().handlerName())) {
                    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
                }
                else {
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
                    if (!route.method().name().equals("HEAD")) {
                        assertThat(response.body()).contains("insufficient permissions");
                    }
                }
            }));
    }

    private static DynamicTest check(Route route, String how, @Nullable String authorization) {
        return DynamicTest.dynamicTest(route.method() + " " + route.template() + " " + how + " (" + route.operation().handlerName()
                + ")",
                () -> {
            String operation = route.operation().handlerName();
            boolean expectRefusal = !PUBLIC.contains(operation)
                    && (authorization != null || !ANONYMOUS_ALLOWED.contains(operation));
            HttpResponse<String> response = send(route, authorization);
            if (expectRefusal) {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
                if (!route.method().name().equals("HEAD")) {
                    assertThat(response.body()).contains("error authenticating request");
                }
            }
            else if (route.implemented()) {
                assertThat(response.statusCode()).as(response.body()).isLessThan(500);
            }
            else {
                assertThat(response.statusCode()).as(response.body()).isEqualTo(501);
            }
        });
    }

    private static HttpResponse<String> send(Route route, @Nullable String authorization) throws Exception {
        String path = route.template().toString();
        for (String variable : route.template().variableNames()) {
            path = path.replace("{" + variable + "}", VALUES.getOrDefault(variable, "x"));
        }
        StringBuilder query = new StringBuilder();
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(10));
        for (ParameterSpec parameter : route.operation().parameters()) {
            if (!parameter.required()) {
                continue;
            }
            String value = sample(parameter);
            if (parameter.location() == ParameterSpec.Location.HEADER) {
                request.header(parameter.name(), value);
            }
            else {
                query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
        Schema schema = route.operation().body();
        if (schema != null) {
            request.header("Content-Type", "application/json");
            body = HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(sample(schema)));
        }
        request.uri(URI.create(server.apiEndpoint() + path + query)).method(route.method().name(), body);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sample(ParameterSpec parameter) {
        if (!parameter.allowedValues().isEmpty()) {
            return parameter.allowedValues().get(0);
        }
        return switch (parameter.kind()) {
            case INTEGER -> String.valueOf((parameter.minimum() != null) ? parameter.minimum() : 1);
            case BOOLEAN -> "true";
            case DATE_TIME -> "2026-01-01T00:00:00Z";
            default -> STRING_CANDIDATES.stream()
                .filter((candidate) -> parameter.pattern() == null || parameter.pattern().matcher(candidate).find())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no sample for " + parameter));
        };
    }

    private static Object sample(Schema schema) {
        if (schema instanceof Schema.StringSchema string) {
            if (!string.allowedValues().isEmpty()) {
                return string.allowedValues().get(0);
            }
            return STRING_CANDIDATES.stream()
                .filter((candidate) -> string.pattern() == null || string.pattern().matcher(candidate).find())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no sample for " + string));
        }
        if (schema instanceof Schema.IntegerSchema) {
            return 1;
        }
        if (schema instanceof Schema.BooleanSchema) {
            return false;
        }
        if (schema instanceof Schema.ArraySchema array) {
            return List.of(sample(array.items()));
        }
        Schema.ObjectSchema object = (Schema.ObjectSchema) schema;
        Map<String, Object> sample = new LinkedHashMap<>();
        for (String name : object.required()) {
            Schema property = object.properties().get(name);
            sample.put(name, (property != null) ? sample(property) : "x");
        }
        return sample;
    }

    private static String changeLast(String secret) {
        char last = secret.charAt(secret.length() - 1);
        return secret.substring(0, secret.length() - 1) + ((last == 'Y') ? 'Z' : 'Y');
    }

}
