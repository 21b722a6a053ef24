package io.github.lakefsspring.autoconfigure;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import io.github.lakefsspring.client.ForbiddenException;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSNetworkException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * TLS through Spring Boot SSL bundles (a self-signed server made with the JDK's keytool), development-only
 * {@code lakefs.ssl.verify=false}, and the HTTP proxy settings.
 */
class LakeFSTlsAndProxyTests {

    @TempDir
    static Path keys;

    private static HttpsServer https;

    private static Path keystore;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        keystore = keys.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "lakefs", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-dname", "CN=localhost",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2")
            .redirectErrorStream(true)
            .start();
        assertThat(keytool.waitFor()).isZero();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            store.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(store, "changeit".toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(keyManagers.getKeyManagers(), null, null);
        https = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(ssl));
        https.createContext("/", (exchange) -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        https.start();
    }

    @AfterAll
    static void stop() {
        https.stop(0);
    }

    private ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, LakeFSAutoConfiguration.class))
            .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.embedded.enabled=false",
                    "lakefs.endpoint=https://127.0.0.1:" + https.getAddress().getPort(), "lakefs.access-key-id=key",
                    "lakefs.secret-access-key=secret", "lakefs.retry.max-attempts=1");
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        runner().run((context) -> assertThatExceptionOfType(LakeFSNetworkException.class)
            .isThrownBy(() -> context.getBean(LakeFSClient.class).server().healthCheck()));
    }

    @Test
    void anSslBundleTrustsTheServer() {
        runner().withPropertyValues("spring.ssl.bundle.jks.lakefs.truststore.location=file:" + keystore,
                "spring.ssl.bundle.jks.lakefs.truststore.password=changeit",
                "spring.ssl.bundle.jks.lakefs.truststore.type=PKCS12", "lakefs.ssl.bundle=lakefs")
            .run((context) -> context.getBean(LakeFSClient.class).server().healthCheck());
    }

    @Test
    void anUnknownBundleFailsStartupNamingIt() {
        runner().withPropertyValues("lakefs.ssl.bundle=missing").run((context) -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure())
                .hasStackTraceContaining("lakefs.ssl.bundle=missing is not a configured SSL bundle");
        });
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void verificationCanBeTurnedOffForDevelopmentWithAWarning(CapturedOutput output) {
        runner().withPropertyValues("lakefs.ssl.verify=false")
            .run((context) -> context.getBean(LakeFSClient.class).server().healthCheck());
        assertThat(output).contains("lakefs.ssl.verify is false: the lakeFS server's certificate is NOT verified");
    }

    @Test
    void callsGoThroughTheConfiguredProxyWithItsCredentials() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (ServerSocket proxy = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread accepting = new Thread(() -> {
                try (Socket socket = proxy.accept()) {
                    BufferedReader reader = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                            StandardCharsets.US_ASCII));
                    OutputStream out = socket.getOutputStream();
                    for (int request = 0; request < 2; request++) {
                        boolean authorized = false;
                        for (String line = reader.readLine(); line != null && !line.isEmpty(); line = reader.readLine()) {
                            seen.add(line);
                            authorized |= line.toLowerCase(Locale.ROOT).startsWith("proxy-authorization:");
                        }
                        String answer = authorized ? "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n"
                                : "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"proxy\"\r\n"
                                        + "Content-Length: 0\r\n\r\n";
                        out.write(answer.getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    }
                }
                catch (IOException ex) {
                    // the test asserts on what was seen
                }
            });
            accepting.start();
            new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(LakeFSAutoConfiguration.class))
                .withPropertyValues("lakefs.lakectl.enabled=false", "lakefs.embedded.enabled=false",
                        "lakefs.endpoint=http://lakefs.example.invalid:8000", "lakefs.access-key-id=key",
                        "lakefs.secret-access-key=secret", "lakefs.retry.max-attempts=1", "lakefs.proxy.host=127.0.0.1",
                        "lakefs.proxy.port=" + proxy.getLocalPort(), "lakefs.proxy.username=user",
                        "lakefs.proxy.password=proxy-pass")
                .run((context) -> assertThatExceptionOfType(ForbiddenException.class)
                    .isThrownBy(() -> context.getBean(LakeFSClient.class).server().healthCheck()));
            accepting.join(5000);
        }
        assertThat(seen).contains("GET http://lakefs.example.invalid:8000/api/v1/healthcheck HTTP/1.1");
        assertThat(seen).contains("Proxy-Authorization: Basic dXNlcjpwcm94eS1wYXNz");
    }

}
