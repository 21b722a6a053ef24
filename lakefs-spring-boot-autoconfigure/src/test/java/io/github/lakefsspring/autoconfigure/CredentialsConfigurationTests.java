package io.github.lakefsspring.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.auth.AwsIamCredentialsProvider;
import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;
import io.github.lakefsspring.client.auth.LoginTokenCredentialsProvider;
import io.github.lakefsspring.client.auth.StaticCredentialsProvider;
import io.github.lakefsspring.client.auth.WebIdentityCredentialsProvider;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Every way to authenticate, from {@code lakefs.*}, the lakectl variables and the lakectl file, with the Python
 * SDK's precedence, and each working end to end against a running embedded server that knows an AWS identity and a
 * web identity.
 */
class CredentialsConfigurationTests {

    private static final String AWS_KEY = "AKIACONFIGTEST00001";

    private static final String AWS_SECRET = "aws-secret-of-the-configuration-test";

    private static EmbeddedLakeFSServer server;

    @TempDir
    Path home;

    private final Map<String, Object> environmentVariables = new HashMap<>();

    @BeforeAll
    static void start() {
        server = EmbeddedLakeFSServer.builder()
            .user("analyst", "AKIAANALYST", "analyst-secret")
            .awsIamIdentity(AWS_KEY, AWS_SECRET, "analyst")
            .webIdentity("the-code", "analyst")
            .build()
            .start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A runner of the real auto-configurations (no in-app embedded server) with only the test's variables. */
    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                    LakeFSAutoConfiguration.class, LakeFSS3AutoConfiguration.class))
            .withClassLoader(new FilteredClassLoader(EmbeddedLakeFSServer.class))
            .withSystemProperties("user.home=" + this.home)
            .withInitializer((context) -> context.getEnvironment()
                .getPropertySources()
                .replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                this.environmentVariables)));
    }

    private static String loginToken() {
        try (LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of(server.endpoint().toString(),
                server.accessKeyId(), server.secretAccessKey()))) {
            return client.login().login(server.accessKeyId(), server.secretAccessKey()).value();
        }
    }

    private Path lakectlFile(String yaml) throws IOException {
        return Files.writeString(this.home.resolve(".lakectl.yaml"), yaml);
    }

    @Test
    void aSessionTokenFromTheEnvironmentAloneWorks() {
        this.environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", server.endpoint().toString());
        this.environmentVariables.put("LAKECTL_CREDENTIALS_SESSION_TOKEN", loginToken());
        runner().run((context) -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LakeFSCredentialsProvider.class)).hasToString("a session token");
            assertThat(context.getBean(LakeFSClient.class).server().currentUser().id()).isEqualTo("admin");
            S3Client gateway = context.getBean("lakeFSS3Client", S3Client.class);
            assertThatIllegalStateException().isThrownBy(() -> gateway.listBuckets())
                .withMessageContaining("signs requests with an access key pair")
                .withMessageContaining("lakefs.access-key-id");
        });
    }

    @Test
    void theEnvironmentsSessionTokenWinsOverKeysInTheEnvironmentAndTheFile() throws IOException {
        lakectlFile("credentials:\n  access_key_id: AKIDFILE\n  secret_access_key: file-secret\n");
        this.environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", server.endpoint().toString());
        this.environmentVariables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIDENV");
        this.environmentVariables.put("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", "env-secret");
        this.environmentVariables.put("LAKECTL_CREDENTIALS_SESSION_TOKEN", "a-token");
        runner().run((context) -> {
            assertThat(context.getBean(LakeFSCredentialsProvider.class)).isEqualTo(new StaticCredentialsProvider(
                    new LakeFSCredentials.Token("a-token", null)));
            assertThat(context.getBean(LakeFSConnectionDetails.class).getAccessKeyId()).isNull();
        });
    }

    @Test
    void keysInTheFileWinOverTheEnvironmentsProviderType() throws IOException {
        lakectlFile("credentials:\n  access_key_id: AKIDFILE\n  secret_access_key: file-secret\n");
        this.environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", server.endpoint().toString());
        this.environmentVariables.put("LAKECTL_CREDENTIALS_PROVIDER_TYPE", "aws_iam");
        runner().run((context) -> assertThat(context.getBean(LakeFSCredentialsProvider.class))
            .hasToString("access key id AKIDFILE"));
    }

    @Test
    void lakeFSPropertiesThatNameCredentialsAreTheOnlyOnesUsed() {
        this.environmentVariables.put("LAKECTL_CREDENTIALS_SESSION_TOKEN", "an-env-token");
        runner().withPropertyValues("lakefs.endpoint=" + server.endpoint(), "lakefs.access-key-id=AKIDPROPS",
                "lakefs.secret-access-key=props-secret")
            .run((context) -> assertThat(context.getBean(LakeFSCredentialsProvider.class))
                .hasToString("access key id AKIDPROPS"));
    }

    @Test
    void aLakectlFileWhoseProviderIsAwsIamAloneWorks() throws IOException {
        lakectlFile("""
                server:
                  endpoint_url: %s
                credentials:
                  provider:
                    type: aws_iam
                    aws_iam:
                      token_ttl_seconds: 1800
                      url_presign_ttl_seconds: 30
                """.formatted(server.endpoint()));
        runner().withSystemProperties("aws.accessKeyId=" + AWS_KEY, "aws.secretAccessKey=" + AWS_SECRET,
                "aws.region=eu-west-1")
            .run((context) -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(LakeFSCredentialsProvider.class))
                    .isInstanceOf(AwsIamCredentialsProvider.class)
                    .hasToString("AWS IAM identity (token lifetime PT30M)");
                assertThat(context.getBean(LakeFSClient.class).server().currentUser().id()).isEqualTo("analyst");
            });
    }

    @Test
    void theLoginProviderExchangesTheKeysForTokens() {
        runner().withPropertyValues("lakefs.endpoint=" + server.endpoint(), "lakefs.access-key-id=AKIAANALYST",
                "lakefs.secret-access-key=analyst-secret", "lakefs.credentials.provider=login")
            .run((context) -> {
                assertThat(context.getBean(LakeFSCredentialsProvider.class))
                    .isInstanceOf(LoginTokenCredentialsProvider.class);
                assertThat(context.getBean(LakeFSClient.class).server().currentUser().id()).isEqualTo("analyst");
                assertThat(context.getBean(LakeFSConnectionDetails.class).getAccessKeyId()).isEqualTo("AKIAANALYST");
            });
    }

    @Test
    void aWebIdentityFromPropertiesWorks() {
        runner().withPropertyValues("lakefs.endpoint=" + server.endpoint(), "lakefs.credentials.provider=web-identity",
                "lakefs.credentials.web-identity.code=the-code", "lakefs.credentials.web-identity.state=s",
                "lakefs.credentials.web-identity.redirect-uri=https://app.example.com/callback")
            .run((context) -> {
                assertThat(context.getBean(LakeFSCredentialsProvider.class))
                    .isInstanceOf(WebIdentityCredentialsProvider.class)
                    .asString()
                    .doesNotContain("the-code");
                assertThat(context.getBean(LakeFSClient.class).server().currentUser().id()).isEqualTo("analyst");
            });
    }

    @Test
    void aWebIdentityWithoutItsCodeNamesWhatIsMissing() {
        runner().withPropertyValues("lakefs.endpoint=" + server.endpoint(), "lakefs.credentials.provider=web-identity",
                "lakefs.credentials.web-identity.state=s")
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .isInstanceOf(LakeFSConfigurationException.class)
                .hasMessage("lakefs.credentials.provider=web-identity needs lakefs.credentials.web-identity.code, "
                        + "lakefs.credentials.web-identity.redirect-uri."));
    }

    @Test
    void anUnknownLakectlProviderTypeIsNamed() {
        this.environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", server.endpoint().toString());
        this.environmentVariables.put("LAKECTL_CREDENTIALS_PROVIDER_TYPE", "gcp_iam");
        runner().run((context) -> assertThat(context.getStartupFailure()).rootCause()
            .isInstanceOf(LakeFSConfigurationException.class)
            .hasMessageStartingWith("LAKECTL_CREDENTIALS_PROVIDER_TYPE=gcp_iam is not a credentials provider"));
    }

    @Test
    void aBadLifetimeOrHeaderValueIsNamed() throws IOException {
        lakectlFile("credentials:\n  provider:\n    type: aws_iam\n    aws_iam:\n      token_ttl_seconds: soon\n");
        this.environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", server.endpoint().toString());
        runner().run((context) -> assertThat(context.getStartupFailure()).rootCause()
            .isInstanceOf(LakeFSConfigurationException.class)
            .hasMessageContaining("credentials.provider.aws_iam.token_ttl_seconds in " + this.home.resolve(".lakectl.yaml")
                    + "=soon is not a lifetime"));
        this.environmentVariables.put("LAKECTL_CREDENTIALS_PROVIDER_AWS_IAM_TOKEN_REQUEST_HEADERS", "{not json");
        runner().run((context) -> assertThat(context.getStartupFailure()).rootCause()
            .isInstanceOf(LakeFSConfigurationException.class)
            .hasMessageStartingWith("LAKECTL_CREDENTIALS_PROVIDER_AWS_IAM_TOKEN_REQUEST_HEADERS is not a JSON object"));
    }

    @Test
    void anApplicationsOwnCredentialsProviderWins() {
        LakeFSCredentialsProvider own = LakeFSCredentialsProvider.login("AKIAANALYST", "analyst-secret");
        runner().withPropertyValues("lakefs.endpoint=" + server.endpoint(), "lakefs.access-key-id=AKIDPROPS",
                "lakefs.secret-access-key=props-secret")
            .withBean(LakeFSCredentialsProvider.class, () -> own)
            .run((context) -> {
                assertThat(context.getBean(LakeFSCredentialsProvider.class)).isSameAs(own);
                assertThat(context.getBean(LakeFSClient.class).server().currentUser().id()).isEqualTo("analyst");
            });
    }

    @Test
    void theLoginProviderAppliesToTheInAppEmbeddedServer() {
        new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                    LakeFSAutoConfiguration.class))
            .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.credentials.provider=login",
                    "lakefs.embedded.login-token-lifetime=1h", "lakefs.embedded.users.analyst.access-key-id=AKIAAN2",
                    "lakefs.embedded.users.analyst.secret-access-key=analyst-secret-2")
            .run((context) -> {
                assertThat(context.getBean(LakeFSCredentialsProvider.class))
                    .isInstanceOf(LoginTokenCredentialsProvider.class);
                assertThat(context.getBean(LakeFSClient.class).server().currentUser().id()).isEqualTo("admin");
                EmbeddedLakeFSServer embedded = context.getBean(EmbeddedLakeFSServer.class);
                try (LakeFSClient analyst = LakeFSClient.create(LakeFSClientSettings.of(embedded.endpoint().toString(),
                        "AKIAAN2", "analyst-secret-2"))) {
                    assertThat(analyst.server().currentUser().id()).isEqualTo("analyst");
                }
            });
    }

}
