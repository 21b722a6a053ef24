package io.github.lakefsspring.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.actuate.LakeFSHealthIndicator;
import io.github.lakefsspring.actuate.LakeFSInfoContributor;
import io.github.lakefsspring.actuate.LakeFSSanitizingFunction;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.ReactiveLakeFSClient;
import io.github.lakefsspring.client.auth.AwsIamCredentialsProvider;
import io.github.lakefsspring.client.auth.AwsIamSettings;
import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;
import io.github.lakefsspring.client.auth.LakeFSLogin;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.WriteOptions;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.Sanitizer;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The actuator contributions, the secret kept out of every log line at TRACE and out of actuator output, and an
 * upload cut in the middle leaving nothing on the server.
 */
class LakeFSActuatorAndSecretsTests {

    private static final String SECRET = EmbeddedLakeFSServer.QUICKSTART_SECRET_ACCESS_KEY;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                LakeFSAutoConfiguration.class, LakeFSActuatorAutoConfiguration.class))
        .withPropertyValues("lakefs.lakectl.enabled=false");

    @Test
    void healthIsUpWithTheVersionAndDownWithTheReasonOnWrongCredentials() {
        this.runner.run((context) -> {
            var health = context.getBean(LakeFSHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsKeys("version", "endpoint").containsEntry("user", "admin");
            Info.Builder info = new Info.Builder();
            context.getBean(LakeFSInfoContributor.class).contribute(info);
            assertThat(info.build().getDetails()).containsKey("lakefs");
            EmbeddedLakeFSServer server = context.getBean(EmbeddedLakeFSServer.class);
            LakeFSClient wrong = LakeFSClient.create(
                    LakeFSClientSettings.of(server.endpoint().toString(), "AKIAWRONG", "wrong-secret"));
            var down = new LakeFSHealthIndicator(wrong).health();
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails().get("reason").toString()).contains("refused the credentials: 401");
        });
    }

    @Test
    void healthCanBeSwitchedOffAsAnyBootHealthIndicator() {
        this.runner.withPropertyValues("management.health.lakefs.enabled=false")
            .run((context) -> assertThat(context).doesNotHaveBean(LakeFSHealthIndicator.class)
                .hasSingleBean(LakeFSInfoContributor.class));
    }

    @Test
    void healthIsDownWhenLakeFSDoesNotAnswerWithinTheHealthTimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                List<Socket> held = new ArrayList<>();
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                }
                catch (IOException ex) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class,
                        LakeFSActuatorAutoConfiguration.class))
                .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.embedded.enabled=false",
                        "lakefs.endpoint=http://127.0.0.1:" + silent.getLocalPort(), "lakefs.access-key-id=AKID",
                        "lakefs.secret-access-key=secret", "lakefs.health.timeout=300ms")
                .run((context) -> {
                    LakeFSHealthIndicator indicator = context.getBean(LakeFSHealthIndicator.class);
                    long started = System.nanoTime();
                    var health = indicator.health();
                    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
                    assertThat(health.getDetails()).containsEntry("reason", "lakeFS did not answer within PT0.3S");
                    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
                    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
                });
        }
    }

    @Test
    void secretsAreMaskedEvenWhenActuatorShowsValues() {
        Sanitizer sanitizer = new Sanitizer(List.of(new LakeFSSanitizingFunction()));
        assertThat(sanitizer.sanitize(new SanitizableData(null, "lakefs.secret-access-key", SECRET), true))
            .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitizer.sanitize(new SanitizableData(null, "lakefs.proxy.password", "p"), true))
            .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitizer.sanitize(new SanitizableData(null, "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", SECRET), true))
            .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitizer.sanitize(new SanitizableData(null, "lakefs.session-token", "t"), true))
            .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitizer.sanitize(new SanitizableData(null, "LAKECTL_CREDENTIALS_SESSION_TOKEN", "t"), true))
            .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitizer.sanitize(new SanitizableData(null, "lakefs.credentials.web-identity.code", "c"), true))
            .isEqualTo(SanitizableData.SANITIZED_VALUE);
        assertThat(sanitizer.sanitize(new SanitizableData(null, "lakefs.endpoint", "http://x"), true))
            .isEqualTo("http://x");
        this.runner.run((context) -> assertThat(context).hasSingleBean(LakeFSSanitizingFunction.class));
    }

    @Test
    void configpropsAndEnvNeverRenderTheSecretEvenWithShowValuesAlways() {
        String secret = "s3cr3t-rendered-nowhere";
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class, LakeFSActuatorAutoConfiguration.class))
            .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.embedded.enabled=false",
                    "lakefs.endpoint=http://lakefs.example.com", "lakefs.access-key-id=AKIDSHOWN",
                    "lakefs.secret-access-key=" + secret, "lakefs.proxy.password=proxy-" + secret,
                    "lakefs.session-token=token-" + secret, "lakefs.credentials.web-identity.code=code-" + secret,
                    "lakefs.embedded.users.analyst.access-key-id=AKIDANALYST",
                    "lakefs.embedded.users.analyst.secret-access-key=analyst-" + secret)
            .run((context) -> {
                List<SanitizingFunction> functions = List.copyOf(
                        context.getBeansOfType(SanitizingFunction.class).values());
                var configprops = new ConfigurationPropertiesReportEndpoint(
                        functions, Show.ALWAYS);
                configprops.setApplicationContext(context);
                String report = new JsonMapper().writeValueAsString(
                        configprops.configurationPropertiesWithPrefix("lakefs"));
                assertThat(report).contains("AKIDSHOWN").doesNotContain(secret);
                var env = new EnvironmentEndpoint(context.getEnvironment(), functions,
                        Show.ALWAYS);
                String rendered = env.environment(null).toString() + new JsonMapper()
                    .writeValueAsString(env.environment("lakefs.*"));
                assertThat(rendered).contains("lakefs.access-key-id").doesNotContain(secret);
            });
    }

    @Test
    void theSecretNeverAppearsInLogsAtTrace() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
        try {
            this.runner.withPropertyValues("lakefs.default-repository=secrets").run((context) -> {
                RepositoryOperations repositories = context.getBean(RepositoryOperations.class);
                Branch main = repositories.repository("secrets").create("s3://secrets/repo").branch("main");
                main.object("a").upload("a");
                main.commit("c");
                main.object("a").readString();
                assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> repositories.repository("missing").properties());
            });
        }
        finally {
            root.setLevel(previous);
            root.detachAppender(appender);
        }
        String basic = Base64.getEncoder().encodeToString((EmbeddedLakeFSServer.QUICKSTART_ACCESS_KEY_ID + ":" + SECRET)
            .getBytes(StandardCharsets.UTF_8));
        assertThat(appender.list).isNotEmpty();
        assertThat(appender.list).noneMatch((event) -> event.getFormattedMessage().contains(SECRET)
                || event.getFormattedMessage().contains(basic)
                || (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null
                        && event.getThrowableProxy().getMessage().contains(SECRET)));
    }

    @Test
    void tokensLoginBodiesAndIdentityTokensNeverAppearInLogsAtTrace() {
        List<String> sensitive = new CopyOnWriteArrayList<>(List.of(SECRET, "aws-secret-of-the-log-test",
                "code-of-the-log-test"));
        EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder()
            .awsIamIdentity("AKIALOGTEST00000001", "aws-secret-of-the-log-test", EmbeddedLakeFSServer.USER)
            .webIdentity("code-of-the-log-test", EmbeddedLakeFSServer.USER)
            .build()
            .start();
        List<LakeFSCredentialsProvider> providers = List.of(
                LakeFSCredentialsProvider.login(server.accessKeyId(), server.secretAccessKey()),
                new AwsIamCredentialsProvider(AwsIamSettings.defaults(), StaticCredentialsProvider
                    .create(AwsBasicCredentials.create("AKIALOGTEST00000001", "aws-secret-of-the-log-test"))),
                LakeFSCredentialsProvider.webIdentity("code-of-the-log-test", "state", "https://app.example.com/cb",
                        Duration.ofMinutes(5)));
        ListAppender<ILoggingEvent> appender = traceEverything();
        try {
            for (LakeFSCredentialsProvider provider : providers) {
                LakeFSClientSettings settings = LakeFSClientSettings.of(server.endpoint().toString(),
                        recording(provider, sensitive));
                try (LakeFSClient client = LakeFSClient.create(settings)) {
                    client.server().currentUser();
                    assertThatExceptionOfType(RuntimeException.class)
                        .isThrownBy(() -> client.repositories().get("missing-repository"));
                }
                ReactiveLakeFSClient.create(settings).server().currentUser().block(Duration.ofSeconds(10));
            }
        }
        finally {
            stopTracing(appender);
            server.close();
        }
        assertThat(sensitive).hasSizeGreaterThan(6);
        assertThat(appender.list).isNotEmpty();
        for (String value : sensitive) {
            assertThat(appender.list).noneMatch((event) -> event.getFormattedMessage().contains(value)
                    || (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null
                            && event.getThrowableProxy().getMessage().contains(value)));
        }
    }

    /** A provider whose login calls record what must never be shown: identity tokens and the tokens issued. */
    private static LakeFSCredentialsProvider recording(LakeFSCredentialsProvider provider, List<String> sensitive) {
        return (login) -> {
            LakeFSLogin recorded = new LakeFSLogin() {

                @Override
                public URI endpoint() {
                    return login.endpoint();
                }

                @Override
                public LakeFSCredentials.Token login(String accessKeyId, String secretAccessKey) {
                    return issued(login.login(accessKeyId, secretAccessKey));
                }

                @Override
                public LakeFSCredentials.Token externalPrincipalLogin(String identityToken, Duration lifetime) {
                    sensitive.add(identityToken);
                    return issued(login.externalPrincipalLogin(identityToken, lifetime));
                }

                @Override
                public LakeFSCredentials.Token stsLogin(String code, String state, String redirectUri,
                        Duration lifetime) {
                    return issued(login.stsLogin(code, state, redirectUri, lifetime));
                }

                private LakeFSCredentials.Token issued(LakeFSCredentials.Token token) {
                    sensitive.add(token.value());
                    return token;
                }

            };
            return provider.credentials(recorded);
        };
    }

    private static ListAppender<ILoggingEvent> traceEverything() {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
        return appender;
    }

    private static void stopTracing(ListAppender<ILoggingEvent> appender) {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.detachAppender(appender);
    }

    @Test
    void anUploadCutInTheMiddleLeavesNothingOnTheServer() {
        this.runner.run((context) -> {
            Branch main = context.getBean(RepositoryOperations.class).repository("cut-upload")
                .create("s3://cut/upload").branch("main");
            InputStream failing = new InputStream() {

                private int sent;

                @Override
                public int read() throws IOException {
                    if (this.sent++ > 2_000_000) {
                        throw new IOException("the source disk failed");
                    }
                    return 'x';
                }

            };
            assertThatExceptionOfType(RuntimeException.class)
                .isThrownBy(() -> main.object("cut").upload(failing, WriteOptions.defaults().withPresign(false)));
            assertThat(main.object("cut").exists()).isFalse();
            assertThat(main.uncommitted().count()).isZero();
        });
    }


}
