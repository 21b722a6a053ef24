package io.github.lakefsspring.client;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.MergeRequest;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import org.springframework.core.io.buffer.DataBufferUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reactive client never blocks a non-blocking thread: with BlockHound installed (its own surefire execution,
 * whose JVM may redefine JDK classes), a whole working session of calls, retries of a failed call included, runs
 * on Reactor Netty's event loops and Reactor's timer without one blocking call. The embedded server's own event
 * loops, in the same JVM, are left out: they are not the client's.
 */
@EmbeddedLakeFS
class ReactiveClientBlockHoundTests {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void installBlockHound() {
        BlockHound.install((builder) -> builder.nonBlockingThreadPredicate((current) -> current
            .and((thread) -> !thread.getName().startsWith(EmbeddedLakeFSServer.EVENT_LOOP_PREFIX))));
    }

    @Test
    void blockHoundIsWatching() {
        assertThatThrownBy(() -> Mono.fromRunnable(ReactiveClientBlockHoundTests::sleep)
            .subscribeOn(Schedulers.parallel())
            .block(WAIT)).hasCauseInstanceOf(BlockingOperationError.class);
    }

    @Test
    void aWorkingSessionNeverBlocks(LakeFSTarget target) {
        ReactiveLakeFSClient client = ReactiveLakeFSClient.create(LakeFSClientSettings.of(target.endpoint().toString(),
                target.accessKeyId(), target.secretAccessKey()));
        String repo = "blockhound-" + Long.toString(System.nanoTime(), 36);
        Mono<String> session = client.server().healthCheck()
            .then(client.repositories().create(repo, target.uniqueNamespace(repo), "main"))
            .then(client.branches().create(repo, "dev", "main"))
            .thenMany(Flux.range(0, 50).flatMap((i) -> client.objects().upload(repo, "dev", "data/" + i,
                    new byte[1024], UploadOptions.defaults()), 8))
            .then(client.objects().stat(repo, "dev", "data/7"))
            .thenMany(client.objects().download(repo, "dev", "data/7", null).doOnNext(DataBufferUtils::release))
            .thenMany(client.objects().list(repo, "dev", "data/").map(ObjectStats::path))
            .thenMany(client.branches().uncommitted(repo, "dev", null).map(Change::path))
            .then(client.branches().commit(repo, "dev", "fifty objects", Map.of("by", "blockhound")))
            .then(client.refs().merge(repo, "dev", "main", MergeRequest.defaults()))
            .thenMany(client.refs().log(repo, "main").map(Commit::message))
            .then(client.tags().create(repo, "v1", "main"))
            .then(client.objects().exists(repo, "main", "missing"))
            .then(client.repositories().get("no-such-" + repo).onErrorResume(NotFoundException.class,
                    (ex) -> Mono.empty()))
            .then(client.repositories().delete(repo))
            .thenReturn("done")
            .subscribeOn(Schedulers.parallel());
        assertThat(session.block(WAIT)).isEqualTo("done");
    }

    @Test
    void retriesWaitWithoutBlocking() throws Exception {
        try (StubServer stub = new StubServer((exchange) -> StubServer.respond(exchange, 503,
                "{\"message\":\"unavailable\"}"))) {
            ReactiveLakeFSClient client = ReactiveLakeFSClient.create(LakeFSClientSettings.of(stub.endpoint(), "k", "s")
                .withRetry(new LakeFSClientSettings.RetrySettings(3, Duration.ofMillis(20), 2.0, Duration.ofMillis(50),
                        Duration.ZERO)));
            assertThatThrownBy(() -> client.repositories().get("repo").subscribeOn(Schedulers.parallel()).block(WAIT))
                .isInstanceOf(ServerErrorException.class);
            assertThat(stub.requests).hasSize(3);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
