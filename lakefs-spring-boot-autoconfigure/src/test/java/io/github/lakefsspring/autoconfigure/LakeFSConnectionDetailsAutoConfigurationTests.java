package io.github.lakefsspring.autoconfigure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where {@link LakeFSConnectionDetails} come from: {@code lakefs.*}, then the lakectl environment
 * variables, then the lakectl file, with real temporary lakectl files and a controlled environment.
 */
class LakeFSConnectionDetailsAutoConfigurationTests {

    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @TempDir
    Path home;

    private final Map<String, Object> environmentVariables = new HashMap<>();

    /** A runner without the embedded server, whose environment variables are only the test's. */
    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                    LakeFSAutoConfiguration.class))
            .withClassLoader(new FilteredClassLoader(EmbeddedLakeFSServer.class))
            .withSystemProperties("user.home=" + this.home)
            .withInitializer((context) -> context.getEnvironment()
                .getPropertySources()
                .replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                this.environmentVariables)));
    }

    private Path lakectlFile(Path file, String endpoint, String accessKeyId, String secret) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, """
                credentials:
                  access_key_id: %s
                  secret_access_key: %s
                metastore:
                  glue:
                    catalog_id: ignored
                server:
                  endpoint_url: %s
                """.formatted(accessKeyId, secret, endpoint));
    }

    @Test
    void propertiesAloneConfigureTheConnection() {
        runner().withPropertyValues("lakefs.endpoint=https://lakefs.example.com", "lakefs.access-key-id=AKIDPROPS",
                "lakefs.secret-access-key=" + SECRET)
            .run((context) -> {
                LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
                assertThat(details.getEndpoint()).isEqualTo("https://lakefs.example.com");
                assertThat(details.getAccessKeyId()).isEqualTo("AKIDPROPS");
                assertThat(details.getSecretAccessKey()).isEqualTo(SECRET);
            });
    }

    @Test
    void relaxedEnvironmentVariablesAreLakeFSProperties() {
        this.environmentVariables.put("LAKEFS_ENDPOINT", "https://relaxed.example.com");
        this.environmentVariables.put("LAKEFS_ACCESS_KEY_ID", "AKIDRELAXED");
        this.environmentVariables.put("LAKEFS_SECRET_ACCESS_KEY", SECRET);
        runner().run((context) -> assertThat(context.getBean(LakeFSConnectionDetails.class).getEndpoint())
            .isEqualTo("https://relaxed.example.com"));
    }

    @Test
    void lakectlEnvironmentVariablesConfigureTheConnection() {
        this.environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", "http://env.example.com:8000");
        this.environmentVariables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIDENV");
        this.environmentVariables.put("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", SECRET);
        runner().run((context) -> {
            LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
            assertThat(details.getEndpoint()).isEqualTo("http://env.example.com:8000");
            assertThat(details.getAccessKeyId()).isEqualTo("AKIDENV");
        });
    }

    @Test
    void lakectlFileInTheHomeDirectoryConfiguresTheConnection() throws IOException {
        lakectlFile(this.home.resolve(".lakectl.yaml"), "http://home.example.com:8000/api/v1", "AKIDHOME", SECRET);
        runner().run((context) -> {
            LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
            assertThat(details.getEndpoint()).isEqualTo("http://home.example.com:8000/api/v1");
            assertThat(details.getAccessKeyId()).isEqualTo("AKIDHOME");
            assertThat(details.getSecretAccessKey()).isEqualTo(SECRET);
        });
    }

    @Test
    void lakectlConfigFileVariableBeatsTheHomeDirectory(@TempDir Path elsewhere) throws IOException {
        lakectlFile(this.home.resolve(".lakectl.yaml"), "http://home.example.com", "AKIDHOME", SECRET);
        Path named = lakectlFile(elsewhere.resolve("team/lakectl.yaml"), "http://named.example.com", "AKIDNAMED",
                SECRET);
        this.environmentVariables.put("LAKECTL_CONFIG_FILE", named.toString());
        runner().run((context) -> {
            LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
            assertThat(details.getEndpoint()).isEqualTo("http://named.example.com");
            assertThat(details.getAccessKeyId()).isEqualTo("AKIDNAMED");
        });
    }

    @Nested
    class Precedence {

        @Test
        void propertiesBeatEnvironmentBeatFile() throws IOException {
            lakectlFile(home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIDFILE", "file-secret");
            environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", "http://env.example.com");
            environmentVariables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIDENV");
            environmentVariables.put("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", "env-secret");
            runner().withPropertyValues("lakefs.endpoint=http://props.example.com", "lakefs.access-key-id=AKIDPROPS",
                    "lakefs.secret-access-key=props-secret")
                .run((context) -> {
                    LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
                    assertThat(details.getEndpoint()).isEqualTo("http://props.example.com");
                    assertThat(details.getAccessKeyId()).isEqualTo("AKIDPROPS");
                    assertThat(details.getSecretAccessKey()).isEqualTo("props-secret");
                });
        }

        @Test
        void environmentBeatsFile() throws IOException {
            lakectlFile(home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIDFILE", "file-secret");
            environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", "http://env.example.com");
            environmentVariables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIDENV");
            environmentVariables.put("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", "env-secret");
            runner().run((context) -> {
                LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
                assertThat(details.getEndpoint()).isEqualTo("http://env.example.com");
                assertThat(details.getAccessKeyId()).isEqualTo("AKIDENV");
            });
        }

        @Test
        void endpointFromPropertiesAndCredentialsFromTheLakectlFile() throws IOException {
            lakectlFile(home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIDFILE", "file-secret");
            runner().withPropertyValues("lakefs.endpoint=http://props.example.com").run((context) -> {
                LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
                assertThat(details.getEndpoint()).isEqualTo("http://props.example.com");
                assertThat(details.getAccessKeyId()).isEqualTo("AKIDFILE");
                assertThat(details.getSecretAccessKey()).isEqualTo("file-secret");
            });
        }

        @Test
        void incompleteLakectlCredentialsInTheEnvironmentAreSkipped() throws IOException {
            lakectlFile(home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIDFILE", "file-secret");
            environmentVariables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIDENV");
            runner().run((context) -> assertThat(context.getBean(LakeFSConnectionDetails.class).getAccessKeyId())
                .isEqualTo("AKIDFILE"));
        }

        @Test
        void disablingLakectlIgnoresItsVariablesAndFile() throws IOException {
            lakectlFile(home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIDFILE", "file-secret");
            environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", "http://env.example.com");
            runner().withPropertyValues("lakefs.lakectl.enabled=false").run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(LakeFSConfigurationException.class)
                    .hasMessageStartingWith("No lakeFS endpoint is configured. Looked in: lakefs.* properties;");
            });
        }

        @Test
        void aUserDefinedConnectionDetailsBeanWins() throws IOException {
            lakectlFile(home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIDFILE", "file-secret");
            runner().withPropertyValues("lakefs.endpoint=http://props.example.com")
                .withBean(LakeFSConnectionDetails.class, () -> new LakeFSConnectionDetails() {
                    @Override
                    public String getEndpoint() {
                        return "http://container:8000";
                    }

                    @Override
                    public String getAccessKeyId() {
                        return "AKIDBEAN";
                    }

                    @Override
                    public String getSecretAccessKey() {
                        return "bean-secret";
                    }
                })
                .run((context) -> {
                    assertThat(context).hasSingleBean(LakeFSConnectionDetails.class);
                    assertThat(context.getBean(LakeFSConnectionDetails.class).getEndpoint())
                        .isEqualTo("http://container:8000");
                });
        }

    }

    @Nested
    class Mistakes {

        @Test
        void nothingConfiguredAndNoEmbeddedServerListsEveryPlaceLooked() {
            runner().run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(LakeFSConfigurationException.class)
                    .hasMessage("No lakeFS endpoint is configured. Looked in: lakefs.* properties, environment "
                            + "variables LAKECTL_*, lakectl configuration file " + home.resolve(".lakectl.yaml")
                            + " (not found); and lakefs-embedded is not on the class path.");
            });
        }

        @Test
        void endpointWithoutCredentialsSaysWhereItLooked() {
            runner().withPropertyValues("lakefs.endpoint=http://props.example.com").run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(LakeFSConfigurationException.class)
                    .hasMessage("The lakeFS endpoint http://props.example.com (from lakefs.* properties) has no "
                            + "usable credentials. Found: lakefs.* properties: no credentials; environment variables "
                            + "LAKECTL_*: no credentials; lakectl configuration file " + home.resolve(".lakectl.yaml")
                            + " (not found): no credentials.");
            });
        }

        @Test
        void anEndpointFromTheEnvironmentWithHalfAKeyPairFailsInsteadOfStartingTheEmbeddedServer() {
            environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", "http://env.example.com");
            environmentVariables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIDENV");
            runner().withClassLoader(getClass().getClassLoader())
                .withPropertyValues("lakefs.lakectl.config-file-enabled=false")
                .run((context) -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                        .isInstanceOf(LakeFSConfigurationException.class)
                        .hasMessage("The lakeFS endpoint http://env.example.com (from environment variables "
                                + "LAKECTL_*) has no usable credentials. Found: lakefs.* properties: no credentials; "
                                + "environment variables LAKECTL_*: an access key id without its secret.");
                });
        }

        @Test
        void theLakectlFileCanBeIgnoredWhileItsVariablesAreRead() throws IOException {
            lakectlFile(home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIDFILE", "file-secret");
            environmentVariables.put("LAKECTL_SERVER_ENDPOINT_URL", "http://env.example.com");
            environmentVariables.put("LAKECTL_CREDENTIALS_ACCESS_KEY_ID", "AKIDENV");
            environmentVariables.put("LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY", "env-secret");
            runner().withPropertyValues("lakefs.lakectl.config-file-enabled=false").run((context) -> {
                assertThat(context).hasNotFailed();
                LakeFSConnectionDetails details = context.getBean(LakeFSConnectionDetails.class);
                assertThat(details.getEndpoint()).isEqualTo("http://env.example.com");
                assertThat(details.getAccessKeyId()).isEqualTo("AKIDENV");
            });
            environmentVariables.clear();
            runner().withPropertyValues("lakefs.lakectl.config-file-enabled=false").run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageNotContaining("file.example.com")
                    .hasMessageStartingWith("No lakeFS endpoint is configured. Looked in: lakefs.* properties, "
                            + "environment variables LAKECTL_*;");
            });
        }

        @Test
        void halfSetPropertyCredentialsAreAnError() throws IOException {
            lakectlFile(home.resolve(".lakectl.yaml"), "http://file.example.com", "AKIDFILE", "file-secret");
            runner().withPropertyValues("lakefs.access-key-id=AKIDPROPS").run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(LakeFSConfigurationException.class)
                    .hasMessage("lakefs.access-key-id is set but lakefs.secret-access-key is not.");
            });
        }

        @Test
        void malformedLakectlFileIsNamed() throws IOException {
            Path file = Files.writeString(home.resolve(".lakectl.yaml"), "server: [unclosed\n");
            runner().run((context) -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause()
                    .isInstanceOf(LakeFSConfigurationException.class)
                    .hasMessageStartingWith("The lakectl configuration file " + file + " cannot be read as YAML");
            });
        }

        @Test
        void failureAnalysisSaysWhatToDo() {
            runner().run((context) -> {
                FailureAnalysis analysis = new LakeFSConfigurationFailureAnalyzer()
                    .analyze(context.getStartupFailure());
                assertThat(analysis).isNotNull();
                assertThat(analysis.getDescription()).startsWith("No lakeFS endpoint is configured.");
                assertThat(analysis.getAction()).contains("lakefs.endpoint")
                    .contains("io.github.lakefsspring:lakefs-embedded");
            });
        }

        @Test
        void theSecretIsNotInToString() {
            runner().withPropertyValues("lakefs.endpoint=http://props.example.com", "lakefs.access-key-id=AKIDPROPS",
                    "lakefs.secret-access-key=" + SECRET)
                .run((context) -> {
                    assertThat(context.getBean(LakeFSConnectionDetails.class).toString()).doesNotContain(SECRET)
                        .contains("AKIDPROPS");
                    assertThat(context.getBean(LakeFSProperties.class).toString()).doesNotContain(SECRET);
                });
        }

    }

}
