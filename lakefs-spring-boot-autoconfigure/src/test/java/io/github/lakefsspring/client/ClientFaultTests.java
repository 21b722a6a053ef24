package io.github.lakefsspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.LakeFSClientSettings.RetrySettings;
import io.github.lakefsspring.client.model.MergeRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Faults only a scripted server can produce: storms of 503 and 429, Retry-After, a lock held by another writer,
 * a download cut short, a server that never answers, stops sending midway or stops reading an upload.
 */
class ClientFaultTests {

    private static LakeFSClient client(StubServer stub, RetrySettings retry, Duration readTimeout) {
        return LakeFSClient.create(LakeFSClientSettings.of(stub.endpoint(), "key", "secret")
            .withRetry(retry)
            .withTimeouts(Duration.ofSeconds(2), readTimeout)
            .withTransferTimeout(readTimeout));
    }

    private static RetrySettings fastRetries() {
        return new RetrySettings(4, Duration.ofMillis(10), 2.0, Duration.ofMillis(50), Duration.ZERO);
    }

    @Test
    void a503StormIsRetriedThenReportedAndCommitsAreNeverRetried() throws IOException {
        try (StubServer stub = new StubServer((exchange) -> StubServer.respond(exchange, 503,
                "{\"message\":\"unavailable\"}"))) {
            LakeFSClient client = client(stub, fastRetries(), Duration.ofSeconds(5));
            assertThatExceptionOfType(ServerErrorException.class).isThrownBy(() -> client.repositories().get("repo"))
                .withMessageContaining("with 503: unavailable")
                .satisfies((ex) -> assertThat(ex.status()).isEqualTo(503));
            assertThat(stub.requests).hasSize(4);
            stub.requests.clear();
            assertThatExceptionOfType(ServerErrorException.class)
                .isThrownBy(() -> client.branches().commit("repo", "main", "m", Map.of(), false));
            assertThat(stub.requests).hasSize(1);
            stub.requests.clear();
            assertThatExceptionOfType(ServerErrorException.class)
                .isThrownBy(() -> client.refs().merge("repo", "dev", "main",
                        MergeRequest.defaults()));
            assertThat(stub.requests).as("a merge whose answer is lost is not sent again").hasSize(1);
        }
    }

    @Test
    void tooManyRequestsHonoursRetryAfterAndLockedBranchesAreRetried() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        try (StubServer stub = new StubServer((exchange) -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                exchange.getResponseHeaders().set("Retry-After", "0");
                StubServer.respond(exchange, 429, "{\"message\":\"slow down\"}");
            }
            else if (call == 2) {
                StubServer.respond(exchange, 500, "{\"message\":\"branch is currently locked, try again later\"}");
            }
            else {
                StubServer.respond(exchange, 200, "{\"id\":\"repo\",\"creation_date\":1,\"default_branch\":\"main\","
                        + "\"storage_namespace\":\"s3://b\",\"read_only\":false}");
            }
        })) {
            assertThat(client(stub, fastRetries(), Duration.ofSeconds(5)).repositories().get("repo").id())
                .isEqualTo("repo");
            assertThat(calls).hasValue(3);
        }
    }

    @Test
    void aDownloadCutShortIsAnErrorNotATruncatedObject() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread cutting = new Thread(() -> {
                try (Socket socket = server.accept(); OutputStream out = socket.getOutputStream()) {
                    socket.getInputStream().read(new byte[8192]);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                            + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(new byte[100_000]);
                    out.flush();
                }
                catch (IOException ex) {
                    // the test is over
                }
            });
            cutting.setDaemon(true);
            cutting.start();
            LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of("http://127.0.0.1:" + server.getLocalPort(),
                    "k", "s").withRetry(RetrySettings.none()));
            assertThatIOException().isThrownBy(() -> {
                try (InputStream in = client.objects().read("repo", "main", "big", null)) {
                    in.readAllBytes();
                }
            }).withMessageStartingWith("The connection to lakeFS failed after 100000 bytes of getObject");
        }
    }

    @Test
    void aDownloadThatStallsMidwayTimesOutAfterTheTransferTimeout() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread stalling = new Thread(() -> {
                try (Socket socket = server.accept(); OutputStream out = socket.getOutputStream()) {
                    socket.getInputStream().read(new byte[8192]);
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                            + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(new byte[1000]);
                    out.flush();
                    Thread.sleep(60_000);
                }
                catch (IOException | InterruptedException ex) {
                    // the test is over
                }
            });
            stalling.setDaemon(true);
            stalling.start();
            LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of("http://127.0.0.1:" + server.getLocalPort(),
                    "k", "s")
                .withRetry(RetrySettings.none())
                .withTransferTimeout(Duration.ofMillis(500)));
            assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThatExceptionOfType(
                    SocketTimeoutException.class).isThrownBy(() -> {
                        try (InputStream in = client.objects().read("repo", "main", "big", null)) {
                            in.readAllBytes();
                        }
                    }).withMessage("lakeFS sent nothing of getObject for longer than the transfer timeout of PT0.5S "
                            + "(after 1000 bytes)"));
            stalling.interrupt();
        }
    }

    @Test
    void anUploadToAServerThatStopsReadingTimesOutAfterTheTransferTimeout() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread silent = new Thread(() -> {
                try (Socket socket = server.accept()) {
                    socket.setReceiveBufferSize(4096);
                    sleep(Duration.ofSeconds(60));
                }
                catch (IOException ex) {
                    // the test is over
                }
            });
            silent.setDaemon(true);
            silent.start();
            LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of("http://127.0.0.1:" + server.getLocalPort(),
                    "k", "s")
                .withRetry(RetrySettings.none())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
                .withTransferTimeout(Duration.ofSeconds(1)));
            byte[] content = new byte[64 * 1024 * 1024];
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatExceptionOfType(
                    LakeFSNetworkException.class)
                .isThrownBy(() -> client.objects().upload("repo", "main", "big", UploadBody.of(content),
                        ObjectsApi.UploadOptions.defaults()))
                .withMessageContaining("stopped reading the request of uploadObject (POST ")
                .withMessageEndingWith("for longer than the transfer timeout of PT1S"));
            silent.interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aSilentServerTimesOutNamingTheTimeout() throws IOException {
        try (StubServer stub = new StubServer((exchange) -> {
            try {
                Thread.sleep(3000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        })) {
            LakeFSClient client = client(stub, RetrySettings.none(), Duration.ofMillis(300));
            assertThatExceptionOfType(LakeFSNetworkException.class).isThrownBy(() -> client.repositories().get("repo"))
                .withMessageContaining("within the response timeout of PT0.3S");
        }
    }

    @Test
    void objectTransfersHaveTheirOwnTimeout() throws IOException {
        try (StubServer stub = new StubServer((exchange) -> {
            try {
                Thread.sleep(3000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        })) {
            LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of(stub.endpoint(), "k", "s")
                .withRetry(RetrySettings.none())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30))
                .withTransferTimeout(Duration.ofMillis(400)));
            assertThatExceptionOfType(LakeFSNetworkException.class)
                .isThrownBy(() -> client.objects().read("repo", "main", "big", null))
                .withMessageContaining("getObject")
                .withMessageContaining("within the response timeout of PT0.4S");
        }
    }

}
