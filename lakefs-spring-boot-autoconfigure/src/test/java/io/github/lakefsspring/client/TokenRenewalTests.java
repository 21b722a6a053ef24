package io.github.lakefsspring.client;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import io.github.lakefsspring.client.auth.AwsIamCredentialsProvider;
import io.github.lakefsspring.client.auth.AwsIamSettings;
import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tokens that expire, and the other ways to get one (AWS IAM, web identity), against an embedded server whose login
 * tokens live 3 seconds and that knows one AWS identity and one web identity, over real HTTP.
 */
class TokenRenewalTests {

    private static final String AWS_KEY = "AKIAEMBEDDEDTEST0001";

    private static final String AWS_SECRET = "aws-secret-known-to-the-test-server";

    private static final String CODE = "code-from-the-identity-provider";

    private static EmbeddedLakeFSServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedLakeFSServer.builder()
            .loginTokenLifetime(Duration.ofSeconds(3))
            .user("analyst", "AKIAANALYST", "analyst-secret")
            .awsIamIdentity(AWS_KEY, AWS_SECRET, "analyst")
            .webIdentity(CODE, "analyst")
            .build()
            .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static LakeFSClientSettings settings(LakeFSCredentialsProvider credentials) {
        return LakeFSClientSettings.of(server.endpoint().toString(), credentials);
    }

    /** Logs in with the server's keys, counting the logins. */
    private static LakeFSCredentialsProvider countedLogin(AtomicInteger logins) {
        LakeFSCredentialsProvider login = LakeFSCredentialsProvider.login(server.accessKeyId(), server.secretAccessKey());
        return (calls) -> {
            logins.incrementAndGet();
            return login.credentials(calls);
        };
    }

    @Test
    void sixteenThreadsShareOneLoginPerExpiry() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try (LakeFSClient client = LakeFSClient.create(settings(countedLogin(logins)))) {
            burst(threads, () -> client.server().currentUser());
            assertThat(logins).hasValue(1);
            Thread.sleep(2600);
            burst(threads, () -> client.server().currentUser());
            assertThat(logins).hasValue(2);
            burst(threads, () -> client.server().currentUser());
            assertThat(logins).hasValue(2);
        }
        finally {
            threads.shutdownNow();
        }
    }

    /** Sixteen calls released at once. */
    private static void burst(ExecutorService threads, Runnable call) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(threads.submit(() -> {
                go.await();
                call.run();
                return null;
            }));
        }
        go.countDown();
        for (Future<?> done : calls) {
            done.get();
        }
    }

    @Test
    void anExpiredTokenIsRefusedAndRenewed() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        LakeFSCredentialsProvider login = countedLogin(new AtomicInteger());
        LakeFSCredentials.Token[] first = new LakeFSCredentials.Token[1];
        try (LakeFSClient client = LakeFSClient.create(settings((calls) -> {
            asked.incrementAndGet();
            LakeFSCredentials.Token token = (LakeFSCredentials.Token) login.credentials(calls);
            if (first[0] == null) {
                first[0] = token;
                return new LakeFSCredentials.Token(token.value(), Instant.now().plusSeconds(3600));
            }
            return token;
        }))) {
            client.server().currentUser();
            Thread.sleep(3200);
            assertThat(client.server().currentUser().id()).isEqualTo("admin");
            assertThat(asked).hasValue(2);
        }
    }

    @Test
    void theReactiveClientRenewsOffTheEventLoopsAndResendsARefusedRead() throws Exception {
        AtomicInteger logins = new AtomicInteger();
        AtomicInteger asked = new AtomicInteger();
        LakeFSCredentialsProvider login = countedLogin(logins);
        LakeFSCredentials forged = new LakeFSCredentials.Token("forged.token.value", Instant.now().plusSeconds(3600));
        ReactiveLakeFSClient client = ReactiveLakeFSClient.create(settings((calls) -> {
            assertThat(Thread.currentThread().getName()).doesNotContain("epoll").doesNotContain("nio");
            return (asked.incrementAndGet() == 1) ? forged : login.credentials(calls);
        }));
        assertThat(client.server().currentUser().block(Duration.ofSeconds(10)).id()).isEqualTo("admin");
        assertThat(asked).hasValue(2);
        List<String> users = Flux.range(0, 16)
            .flatMap((i) -> client.server().currentUser(), 16)
            .map((user) -> user.id())
            .collectList()
            .block(Duration.ofSeconds(10));
        assertThat(users).hasSize(16).containsOnly("admin");
        assertThat(logins).hasValue(1);
        Thread.sleep(2600);
        Flux.range(0, 16).flatMap((i) -> client.server().currentUser(), 16).blockLast(Duration.ofSeconds(10));
        assertThat(logins).hasValue(2);
    }

    @Test
    void anAwsIdentityLogsInAsTheUserItMapsTo() {
        AwsIamSettings iam = new AwsIamSettings(Duration.ofMinutes(30), Duration.ofSeconds(60), null,
                URI.create("https://sts.eu-west-1.amazonaws.com"));
        try (LakeFSClient client = LakeFSClient.create(settings(new AwsIamCredentialsProvider(iam,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(AWS_KEY, AWS_SECRET)))))) {
            assertThat(client.server().currentUser().id()).isEqualTo("analyst");
        }
        try (LakeFSClient client = LakeFSClient.create(settings(new AwsIamCredentialsProvider(iam,
                StaticCredentialsProvider.create(AwsSessionCredentials.create(AWS_KEY, AWS_SECRET,
                        "temporary-session-token")))))) {
            assertThat(client.server().currentUser().id()).isEqualTo("analyst");
        }
    }

    @Test
    void anAwsIdentitySignedWithAnotherSecretOrForAnotherServerIsRefused() {
        try (LakeFSClient client = LakeFSClient.create(settings(new AwsIamCredentialsProvider(AwsIamSettings.defaults(),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(AWS_KEY, "not-the-secret")))))) {
            assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> client.server().currentUser())
                .withMessageContaining("externalPrincipalLogin");
        }
        AwsIamSettings otherServer = new AwsIamSettings(Duration.ofHours(1), Duration.ofSeconds(60),
                Map.of(AwsIamSettings.SERVER_ID_HEADER, "lakefs.other.example.com"), null);
        try (LakeFSClient client = LakeFSClient.create(settings(new AwsIamCredentialsProvider(otherServer,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(AWS_KEY, AWS_SECRET)))))) {
            assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> client.server().currentUser());
        }
    }

    @Test
    void aWebIdentityCodeLogsInAsTheUserItMapsTo() {
        try (LakeFSClient client = LakeFSClient.create(settings(LakeFSCredentialsProvider.webIdentity(CODE, "state",
                "https://app.example.com/callback", Duration.ofMinutes(10))))) {
            assertThat(client.server().currentUser().id()).isEqualTo("analyst");
        }
        try (LakeFSClient client = LakeFSClient.create(settings(LakeFSCredentialsProvider.webIdentity("another-code",
                "state", "https://app.example.com/callback", Duration.ofMinutes(10))))) {
            assertThatExceptionOfType(NotAuthorizedException.class).isThrownBy(() -> client.server().currentUser())
                .withMessageContaining("stsLogin")
                .satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("another-code"));
        }
    }

}
