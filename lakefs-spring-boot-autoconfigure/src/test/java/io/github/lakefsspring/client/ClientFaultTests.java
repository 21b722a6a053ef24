package io.github.lakefsspring.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
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
        try (MisbehavingServer server = MisbehavingServer.cuttingAfter(100_000)) {
            LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of(server.endpoint(), "k", "s")
                .withRetry(RetrySettings.none()));
            assertThatIOException().isThrownBy(() -> {
                try (InputStream in = client.objects().read("repo", "main", "big", null)) {
                    in.readAllBytes();
                }
            }).withMessageStartingWith("The connection to lakeFS failed after 100000 bytes of getObject");
        }
    }

    @Test
    void aDownloadThatStallsMidwayTimesOutAfterTheTransferTimeout() throws Exception {
        try (MisbehavingServer server = MisbehavingServer.stallingAfter(1000)) {
            LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of(server.endpoint(), "k", "s")
                .withRetry(RetrySettings.none())
                .withTransferTimeout(Duration.ofMillis(500)));
            assertTimeoutPreemptively(Duration.ofSeconds(15), () -> assertThatExceptionOfType(
                    SocketTimeoutException.class).isThrownBy(() -> {
                        try (InputStream in = client.objects().read("repo", "main", "big", null)) {
                            in.readAllBytes();
                        }
                    }).withMessage("lakeFS sent nothing of getObject for longer than the transfer timeout of PT0.5S "
                            + "(after 1000 bytes)"));
        }
    }

    @Test
    void anUploadToAServerThatStopsReadingTimesOutAfterTheTransferTimeout() throws Exception {
        try (MisbehavingServer server = MisbehavingServer.silent()) {
            LakeFSClient client = LakeFSClient.create(LakeFSClientSettings.of(server.endpoint(), "k", "s")
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
