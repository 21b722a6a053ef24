package io.github.lakefsspring.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Session tokens, login tokens and their renewal after a 401, against a lakeFS over real HTTP: the embedded server,
 * or the one the {@code LAKEFS_IT_*} variables name (lakeFS's open-source edition serves {@code /auth/login}).
 */
@EmbeddedLakeFS
class CredentialsProviderTests {

    private static final LakeFSCredentials FORGED = new LakeFSCredentials.Token("not.a-real.token",
            Instant.now().plusSeconds(3600));

    private LakeFSTarget target;

    @BeforeEach
    void target(LakeFSTarget target) {
        this.target = target;
    }

    private LakeFSClient client(LakeFSCredentialsProvider credentials) {
        return LakeFSClient.create(LakeFSClientSettings.of(this.target.endpoint().toString(), credentials));
    }

    @Test
    void loginTokensAuthenticateCallsAndAreAskedForOnce() {
        AtomicInteger logins = new AtomicInteger();
        LakeFSCredentialsProvider login = LakeFSCredentialsProvider.login(this.target.accessKeyId(),
                this.target.secretAccessKey());
        try (LakeFSClient client = client((calls) -> {
            logins.incrementAndGet();
            LakeFSCredentials credentials = login.credentials(calls);
            assertThat(credentials).isInstanceOf(LakeFSCredentials.Token.class);
            assertThat(credentials.expiresAt()).hasValueSatisfying((expiry) -> assertThat(expiry).isAfter(Instant.now()));
            return credentials;
        })) {
            String user = client.server().currentUser().id();
            client.repositories().list(null, null, 10);
            client.server().config();
            assertThat(user).isNotEmpty();
            assertThat(logins).hasValue(1);
        }
    }

    @Test
    void aSessionTokenAuthenticatesCalls() throws Exception {
        try (LakeFSClient client = client(LakeFSCredentialsProvider.sessionToken(loginByHand()))) {
            assertThat(client.server().currentUser().id()).isNotEmpty();
        }
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndACallSafeToRepeatIsSentAgain() {
        AtomicInteger asked = new AtomicInteger();
        LakeFSCredentialsProvider login = LakeFSCredentialsProvider.login(this.target.accessKeyId(),
                this.target.secretAccessKey());
        try (LakeFSClient client = client((calls) -> (asked.incrementAndGet() == 1) ? FORGED : login.credentials(calls))) {
            assertThat(client.server().currentUser().id()).isNotEmpty();
            assertThat(asked).hasValue(2);
        }
    }

    @Test
    void aRefusedTokenFailsACallThatIsNotSafeToRepeatAndTheNextCallRenewsIt() {
        String repo = "creds-" + Long.toString(System.nanoTime(), 36);
        try (LakeFSClient keys = client(LakeFSCredentialsProvider.accessKeys(this.target.accessKeyId(),
                this.target.secretAccessKey()))) {
            keys.repositories().create(repo, this.target.uniqueNamespace(repo), "main", false, null);
            keys.objects().upload(repo, "main", "a.txt", "a", UploadOptions.defaults());
        }
        AtomicInteger asked = new AtomicInteger();
        LakeFSCredentialsProvider login = LakeFSCredentialsProvider.login(this.target.accessKeyId(),
                this.target.secretAccessKey());
        try (LakeFSClient client = client((calls) -> (asked.incrementAndGet() == 1) ? FORGED : login.credentials(calls))) {
            assertThatExceptionOfType(NotAuthorizedException.class)
                .isThrownBy(() -> client.branches().commit(repo, "main", "not sent twice", Map.of(), true));
            assertThat(client.branches().commit(repo, "main", "renewed", Map.of(), true).message()).isEqualTo("renewed");
            assertThat(asked).hasValue(2);
        }
        finally {
            try (LakeFSClient keys = client(LakeFSCredentialsProvider.accessKeys(this.target.accessKeyId(),
                    this.target.secretAccessKey()))) {
                keys.repositories().delete(repo);
            }
        }
    }

    @Test
    void refusedAccessKeysAreNotAskedForAgain() {
        AtomicInteger asked = new AtomicInteger();
        LakeFSCredentialsProvider wrong = LakeFSCredentialsProvider.accessKeys("AKIAWRONGKEY", "wrong-secret-value");
        try (LakeFSClient client = client((calls) -> {
            asked.incrementAndGet();
            return wrong.credentials(calls);
        })) {
            assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> client.server().currentUser());
            assertThat(asked).hasValue(1);
        }
    }

    @Test
    void aRefusedLoginFailsTheCallWithoutShowingTheSecret() {
        try (LakeFSClient client = client(LakeFSCredentialsProvider.login("AKIAWRONGKEY", "wrong-secret-value"))) {
            assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> client.server().currentUser())
                .satisfies((ex) -> assertThat(ex.getMessage()).contains("login").doesNotContain("wrong-secret-value"));
        }
    }

    /** A token from {@code POST /auth/login}, obtained with the JDK's HTTP client, as another tool would. */
    private String loginByHand() throws IOException, InterruptedException {
        String body = JsonMapper.builder().build().writeValueAsString(Map.of("access_key_id",
                this.target.accessKeyId(), "secret_access_key", this.target.secretAccessKey()));
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest
            .newBuilder(URI.create(LakeFSClientSettings.apiEndpoint(this.target.endpoint().toString()) + "/auth/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body()).path("token").asString();
    }

}
