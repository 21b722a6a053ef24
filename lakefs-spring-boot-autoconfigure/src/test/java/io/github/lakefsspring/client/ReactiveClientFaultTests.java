package io.github.lakefsspring.client;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import io.github.lakefsspring.client.LakeFSClientSettings.RetrySettings;
import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.model.MergeRequest;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reactive client under faults only a scripted server can produce, as {@link ClientFaultTests} does for the
 * blocking one: storms of 503, Retry-After, a lock held by another writer, a silent server, a download that stalls
 * midway and an upload the server stops reading.
 */
class ReactiveClientFaultTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static ReactiveLakeFSClient client(String endpoint, RetrySettings retry, Duration timeout) {
        return ReactiveLakeFSClient.create(LakeFSClientSettings.of(endpoint, "key", "secret")
            .withRetry(retry)
            .withTimeouts(Duration.ofSeconds(2), timeout)
            .withTransferTimeout(timeout));
    }

    private static RetrySettings fastRetries() {
        return new RetrySettings(4, Duration.ofMillis(10), 2.0, Duration.ofMillis(50), Duration.ZERO);
    }

    @Test
    void a503StormIsRetriedThenReportedAndMergesAreNeverRetried() throws IOException {
        try (StubServer stub = new StubServer((exchange) -> StubServer.respond(exchange, 503,
                "{\"message\":\"unavailable\"}"))) {
            ReactiveLakeFSClient client = client(stub.endpoint(), fastRetries(), Duration.ofSeconds(5));
            StepVerifier.create(client.repositories().get("repo"))
                .expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(ServerErrorException.class)
                    .hasMessageContaining("with 503: unavailable"))
                .verify(WAIT);
            assertThat(stub.requests).hasSize(4);
            stub.requests.clear();
            StepVerifier.create(client.refs().merge("repo", "dev", "main", MergeRequest.defaults()))
                .expectError(ServerErrorException.class)
                .verify(WAIT);
            assertThat(stub.requests).as("a merge whose answer is lost is not sent again").hasSize(1);
            stub.requests.clear();
            StepVerifier.create(client.branches().commit("repo", "main", "m", Map.of()))
                .expectError(ServerErrorException.class)
                .verify(WAIT);
            assertThat(stub.requests).hasSize(1);
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
            assertThat(client(stub.endpoint(), fastRetries(), Duration.ofSeconds(5)).repositories().get("repo")
                .block(WAIT).id()).isEqualTo("repo");
            assertThat(calls).hasValue(3);
        }
    }

    @Test
    void aSilentServerTimesOutNamingTheTimeout() throws IOException {
        try (MisbehavingServer server = MisbehavingServer.silent()) {
            StepVerifier.create(client(server.endpoint(), RetrySettings.none(), Duration.ofMillis(300)).repositories()
                .get("repo"))
                .expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(LakeFSNetworkException.class)
                    .hasMessageContaining("did not answer getRepository (GET /repositories/repo) within the response "
                            + "timeout of PT0.3S"))
                .verify(WAIT);
        }
    }

    @Test
    void aDownloadThatStallsMidwayTimesOutAfterTheTransferTimeout() throws IOException {
        try (MisbehavingServer server = MisbehavingServer.stallingAfter(1000)) {
            StepVerifier.create(client(server.endpoint(), RetrySettings.none(), Duration.ofMillis(500)).objects()
                .download("repo", "main", "big", null)
                .map((buffer) -> {
                    DataBufferUtils.release(buffer);
                    return buffer;
                }))
                .thenConsumeWhile((buffer) -> true)
                .expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(LakeFSNetworkException.class)
                    .hasMessage("lakeFS sent nothing of getObject for longer than the transfer timeout of PT0.5S "
                            + "(after 1000 bytes)"))
                .verify(WAIT);
        }
    }

    @Test
    void anUploadToAServerThatStopsReadingTimesOutAfterTheTransferTimeout() throws IOException {
        try (MisbehavingServer server = MisbehavingServer.silent()) {
            Flux<DataBuffer> content = Flux.range(0, 1024)
                .map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));
            StepVerifier.create(client(server.endpoint(), RetrySettings.none(), Duration.ofSeconds(1)).objects()
                .upload("repo", "main", "big", content, 64L * 1024 * 1024, UploadOptions.defaults()))
                .expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(LakeFSNetworkException.class)
                    .hasMessageContaining("stopped reading the request of uploadObject (POST ")
                    .hasMessageEndingWith("for longer than the transfer timeout of PT1S"))
                .verify(WAIT);
        }
    }

}
