package io.github.lakefsspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.lakefsspring.client.LakeFSClientSettings.RetrySettings;
import org.junit.jupiter.api.Test;

import org.springframework.web.reactive.function.client.WebClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults only a scripted server can produce: storms of 503 and 429, Retry-After, a lock held by another writer,
 * a download cut short, and a server that never answers.
 */
class ClientFaultTests {

    private static LakeFSClient client(StubServer stub, RetrySettings retry, Duration readTimeout) {
        return LakeFSClient.create(WebClient.builder(), LakeFSClientSettings.of(stub.endpoint(), "key", "secret")
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
                        io.github.lakefsspring.client.model.MergeRequest.defaults()));
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
    void aDownloadCutShortIsAnErrorNotATruncatedObject() throws IOException {
        try (StubServer stub = new StubServer((exchange) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, 1_000_000);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[100_000]);
                out.flush();
            }
            catch (IOException ex) {
                // the stub closes the connection early on purpose
            }
            exchange.getHttpContext().getServer();
            exchange.close();
        })) {
            LakeFSClient client = client(stub, RetrySettings.none(), Duration.ofSeconds(5));
            assertThatExceptionOfType(Exception.class).isThrownBy(() -> {
                try (InputStream in = client.objects().read("repo", "main", "big", null)) {
                    in.readAllBytes();
                }
            });
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
            LakeFSClient client = LakeFSClient.create(WebClient.builder(), LakeFSClientSettings.of(stub.endpoint(), "k", "s")
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
