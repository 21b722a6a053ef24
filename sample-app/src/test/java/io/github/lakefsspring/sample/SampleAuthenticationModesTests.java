package io.github.lakefsspring.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walkthrough on a separately started embedded server, configured only as an operator would configure each
 * way to authenticate: a session token in the environment, a lakectl file whose provider is {@code aws_iam}, or
 * keys exchanged for login tokens. The environment is the application's real one, with the test's variables only.
 */
class SampleAuthenticationModesTests {

    private static final String AWS_KEY = "AKIASAMPLEAPP000001";

    private static final String AWS_SECRET = "aws-secret-of-the-sample-test";

    private static final SampleProperties SAMPLE = new SampleProperties("example-repo",
            "s3://storage-bucket/repos/example-repo", "s3://example-bucket1/path1/",
            "s3://example-bucket1/path2/imported_obj");

    @TempDir
    Path home;

    private static EmbeddedLakeFSServer seededServer() {
        EmbeddedLakeFSServer server = EmbeddedLakeFSServer.builder()
            .loginTokenLifetime(Duration.ofMinutes(10))
            .awsIamIdentity(AWS_KEY, AWS_SECRET, EmbeddedLakeFSServer.USER)
            .build()
            .start();
        ImportSourceSeeder.seed(server, SAMPLE);
        return server;
    }

    /** Runs the application with only these environment variables and arguments; returns what it printed. */
    private List<String> walkthrough(Map<String, Object> environment, String... args) {
        StandardEnvironment applicationEnvironment = new StandardEnvironment();
        applicationEnvironment.getPropertySources()
            .replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                            environment));
        SpringApplication application = new SpringApplication(SampleApplication.class);
        application.setEnvironment(applicationEnvironment);
        application.setWebApplicationType(WebApplicationType.NONE);
        PrintStream original = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            application.run(args).close();
        }
        finally {
            System.setOut(original);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().filter((line) -> !line.isBlank()).toList();
    }

    private static void assertTheLakeFSPartRan(List<String> lines) {
        assertThat(lines.get(0)).startsWith("{id: 'example-repo', creation_date: ");
        assertThat(lines).contains("This is my object data", "imported a total of 4 objects!");
    }

    @Test
    void aSessionTokenInTheEnvironmentIsEnough() {
        try (EmbeddedLakeFSServer server = seededServer()) {
            Map<String, Object> environment = new HashMap<>();
            environment.put("LAKECTL_SERVER_ENDPOINT_URL", server.endpoint().toString());
            environment.put("LAKECTL_CREDENTIALS_SESSION_TOKEN", loginToken(server));
            List<String> lines = walkthrough(environment);
            assertTheLakeFSPartRan(lines);
            assertThat(lines.get(lines.size() - 1)).isEqualTo("Skipping the S3 gateway examples: the gateway signs "
                    + "requests with an access key pair, and this application authenticates with a session token.");
        }
    }

    @Test
    void aLakectlFileWhoseProviderIsAwsIamIsEnough() throws IOException {
        try (EmbeddedLakeFSServer server = seededServer()) {
            Path file = Files.writeString(this.home.resolve("lakectl.yaml"), """
                    server:
                      endpoint_url: %s
                    credentials:
                      provider:
                        type: aws_iam
                    """.formatted(server.endpoint()));
            Map<String, Object> environment = new HashMap<>();
            environment.put("LAKECTL_CONFIG_FILE", file.toString());
            // the AWS SDK's default chain reads its identity from these before the process environment
            String key = System.setProperty("aws.accessKeyId", AWS_KEY);
            String secret = System.setProperty("aws.secretAccessKey", AWS_SECRET);
            try {
                List<String> lines = walkthrough(environment, "--lakefs.lakectl.config-file-enabled=true");
                assertTheLakeFSPartRan(lines);
                assertThat(lines.get(lines.size() - 1)).contains("authenticates with AWS IAM identity");
            }
            finally {
                restore("aws.accessKeyId", key);
                restore("aws.secretAccessKey", secret);
            }
        }
    }

    @Test
    void keysExchangedForLoginTokensAreEnoughAndStillSignGatewayRequests() {
        try (EmbeddedLakeFSServer server = seededServer()) {
            List<String> lines = walkthrough(Map.of(), "--lakefs.endpoint=" + server.endpoint(),
                    "--lakefs.access-key-id=" + server.accessKeyId(),
                    "--lakefs.secret-access-key=" + server.secretAccessKey(), "--lakefs.credentials.provider=login");
            assertTheLakeFSPartRan(lines);
            assertThat(lines.get(lines.size() - 1)).startsWith("{'AcceptRanges': 'bytes', 'ContentLength': 1024");
        }
    }

    private static void restore(String property, String previous) {
        if (previous == null) {
            System.clearProperty(property);
        }
        else {
            System.setProperty(property, previous);
        }
    }

    private static String loginToken(EmbeddedLakeFSServer server) {
        try (LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of(server.endpoint().toString(),
                server.accessKeyId(), server.secretAccessKey()))) {
            return client.login().login(server.accessKeyId(), server.secretAccessKey()).value();
        }
    }

}
