package io.github.lakefsspring.autoconfigure;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSNetworkException;
import io.github.lakefsspring.client.ObjectsApi;
import io.github.lakefsspring.client.ReactiveLakeFSClient;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.core.WriteOptions;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import io.github.lakefsspring.support.RecordingProxy;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The application's HTTP infrastructure reaches lakeFS calls: Boot's {@code RestClient.Builder} with the
 * application's {@link RestClientCustomizer}s and Boot's {@code WebClient.Builder} with its
 * {@link WebClientCustomizer}s (seen on the server through a recording proxy), the starter's own customizers, and
 * Boot's {@code spring.http.clients.*} settings, all with Boot's real auto-configurations.
 */
@EmbeddedLakeFS
class BootHttpInfrastructureTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(HttpClientAutoConfiguration.class, RestClientAutoConfiguration.class,
                LakeFSAutoConfiguration.class))
        .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.embedded.enabled=false");

    @Test
    void anApplicationsRestClientCustomizerReachesApiCallsAndTransfers(LakeFSTarget target) throws IOException {
        try (RecordingProxy proxy = new RecordingProxy(target.endpoint())) {
            this.runner.withPropertyValues(connection(target, proxy.endpoint()))
                .withBean(RestClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-Application",
                        "orders"))
                .withBean(LakeFSClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-LakeFS-Tenant",
                        "blue"))
                .run((context) -> {
                    RepositoryTemplate repositories = context.getBean(RepositoryTemplate.class);
                    String id = "boot-http-" + Long.toString(System.nanoTime(), 36);
                    repositories.repository(id).create(target.uniqueNamespace(id))
                        .branch("main")
                        .object("a.txt")
                        .upload("hello".getBytes(), WriteOptions.defaults().withPresign(false));
                    assertThat(proxy.received()).filteredOn((request) -> request.method().equals("POST"))
                        .extracting(RecordingProxy.Received::uri)
                        .anySatisfy((uri) -> assertThat(uri).endsWith("/api/v1/repositories"))
                        .anySatisfy((uri) -> assertThat(uri).contains("/branches/main/objects?path=a.txt"));
                    assertThat(proxy.received()).allSatisfy((request) -> {
                        assertThat(request.header("X-Application")).isEqualTo("orders");
                        assertThat(request.header("X-LakeFS-Tenant")).isEqualTo("blue");
                    });
                });
        }
    }

    @Test
    void anApplicationsWebClientCustomizerReachesReactiveCalls(LakeFSTarget target) throws IOException {
        try (RecordingProxy proxy = new RecordingProxy(target.endpoint())) {
            this.runner.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
                .withPropertyValues(connection(target, proxy.endpoint()))
                .withBean(WebClientCustomizer.class, () -> (builder) -> builder.defaultHeader("X-Application",
                        "orders"))
                .withBean(ReactiveLakeFSClientCustomizer.class, () -> (builder) -> builder
                    .defaultHeader("X-LakeFS-Tenant", "blue"))
                .run((context) -> {
                    ReactiveLakeFSClient client = context.getBean(ReactiveLakeFSClient.class);
                    String id = "boot-reactive-" + Long.toString(System.nanoTime(), 36);
                    client.repositories().create(id, target.uniqueNamespace(id), "main")
                        .then(client.objects().upload(id, "main", "a.txt", "hello".getBytes(),
                                ObjectsApi.UploadOptions.defaults()))
                        .block(Duration.ofSeconds(30));
                    assertThat(proxy.received()).hasSize(2).allSatisfy((request) -> {
                        assertThat(request.header("X-Application")).isEqualTo("orders");
                        assertThat(request.header("X-LakeFS-Tenant")).isEqualTo("blue");
                    });
                });
        }
    }

    @Test
    void bootsHttpClientSettingsBoundLakeFSCalls() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            acceptAndStaySilent(silent);
            this.runner
                .withPropertyValues("lakefs.endpoint=http://127.0.0.1:" + silent.getLocalPort(),
                        "lakefs.access-key-id=AKIAEXAMPLE", "lakefs.secret-access-key=secret",
                        "lakefs.retry.max-attempts=1", "spring.http.clients.read-timeout=700ms")
                .run((context) -> assertThatExceptionOfType(LakeFSNetworkException.class)
                    .isThrownBy(() -> context.getBean(LakeFSClient.class).repositories().get("repo"))
                    .withMessageContaining("did not answer getRepository (GET /repositories/repo) within the "
                            + "response timeout of PT0.7S"));
        }
    }

    @Test
    void lakeFSsOwnTimeoutWinsOverBoots() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            acceptAndStaySilent(silent);
            this.runner
                .withPropertyValues("lakefs.endpoint=http://127.0.0.1:" + silent.getLocalPort(),
                        "lakefs.access-key-id=AKIAEXAMPLE", "lakefs.secret-access-key=secret",
                        "lakefs.retry.max-attempts=1", "spring.http.clients.read-timeout=20s",
                        "lakefs.read-timeout=600ms")
                .run((context) -> assertThatExceptionOfType(LakeFSNetworkException.class)
                    .isThrownBy(() -> context.getBean(LakeFSClient.class).repositories().get("repo"))
                    .withMessageContaining("within the response timeout of PT0.6S"));
        }
    }

    private static void acceptAndStaySilent(ServerSocket server) {
        Thread silent = new Thread(() -> {
            try (Socket socket = server.accept()) {
                Thread.sleep(30_000);
            }
            catch (IOException | InterruptedException ex) {
                // the test is over
            }
        });
        silent.setDaemon(true);
        silent.start();
    }

    private static String[] connection(LakeFSTarget target, String endpoint) {
        return new String[] { "lakefs.endpoint=" + endpoint, "lakefs.access-key-id=" + target.accessKeyId(),
                "lakefs.secret-access-key=" + target.secretAccessKey() };
    }

}
