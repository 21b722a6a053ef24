package io.github.lakefsspring.client;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;

import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.MergeRequest;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.PullRequest;
import io.github.lakefsspring.client.model.PullRequestStatus;
import io.github.lakefsspring.client.model.Ref;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link ReactiveLakeFSClient} against a lakeFS over real HTTP (the embedded server, or the one the
 * {@code LAKEFS_IT_*} variables name): the everyday calls, listings across pages, bytes both ways, errors and
 * observations as the blocking client has them.
 */
@EmbeddedLakeFS
class ReactiveLakeFSClientTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TestObservationRegistry observations = TestObservationRegistry.create();

    private ReactiveLakeFSClient client;

    private LakeFSTarget target;

    private String repo;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.target = target;
        this.client = ReactiveLakeFSClient.builder(LakeFSClientSettings.of(target.endpoint().toString(),
                target.accessKeyId(), target.secretAccessKey()))
            .observationRegistry(this.observations)
            .build();
        this.repo = "reactive-" + Long.toString(System.nanoTime(), 36);
        this.client.repositories().create(this.repo, target.uniqueNamespace(this.repo), "main").block(WAIT);
    }

    @Test
    void pullRequestsAreOpenedListedAndMerged() {
        this.client.branches().create(this.repo, "feature", "main").block(WAIT);
        this.client.objects().upload(this.repo, "feature", "a.txt", "a".getBytes(StandardCharsets.UTF_8),
                UploadOptions.contentType("text/plain")).block(WAIT);
        this.client.branches().commit(this.repo, "feature", "add a", Map.of()).block(WAIT);
        ReactivePullRequestsApi pulls = this.client.pullRequests();
        String id = pulls.create(this.repo, "Add a", null, "feature", "main").block(WAIT);
        StepVerifier.create(pulls.list(this.repo, PullRequestStatus.OPEN).map(PullRequest::id))
            .expectNext(id)
            .verifyComplete();
        pulls.update(this.repo, id, null, "Add the a file", "a description").block(WAIT);
        String merge = pulls.merge(this.repo, id).block(WAIT);
        StepVerifier.create(pulls.get(this.repo, id))
            .assertNext((pull) -> {
                assertThat(pull.status()).isEqualTo(PullRequestStatus.MERGED);
                assertThat(pull.mergedCommitId()).isEqualTo(merge);
                assertThat(pull.description()).isEqualTo("a description");
            })
            .verifyComplete();
        assertThatIllegalArgumentException().isThrownBy(() -> pulls.list(this.repo, PullRequestStatus.MERGED));
    }

    @Test
    void branchesCommitsDiffsAndMergesRoundTrip() {
        String head = this.client.branches().create(this.repo, "dev", "main").block(WAIT);
        assertThat(head).hasSize(64);
        this.client.objects().upload(this.repo, "dev", "a.txt", "alpha".getBytes(StandardCharsets.UTF_8),
                UploadOptions.contentType("text/plain")).block(WAIT);
        StepVerifier.create(this.client.branches().uncommitted(this.repo, "dev", null).map(Change::path))
            .expectNext("a.txt")
            .verifyComplete();
        Commit commit = this.client.branches().commit(this.repo, "dev", "add a", Map.of("k", "v")).block(WAIT);
        assertThat(commit.parents()).containsExactly(head);
        StepVerifier.create(this.client.refs().diff(this.repo, "main", "dev", null).map(Change::path))
            .expectNext("a.txt")
            .verifyComplete();
        String merge = this.client.refs().merge(this.repo, "dev", "main", MergeRequest.defaults()).block(WAIT);
        assertThat(this.client.refs().commit(this.repo, "main").block(WAIT).id()).isEqualTo(merge);
        assertThat(this.client.refs().log(this.repo, "main").map(Commit::message).collectList().block(WAIT))
            .containsExactly("Merge 'dev' into 'main'", "add a", "Repository created");
        assertThat(this.client.branches().list(this.repo).map(Ref::id).collectList().block(WAIT))
            .containsExactly("dev", "main");
        this.client.tags().create(this.repo, "v1", "main").block(WAIT);
        assertThat(this.client.tags().get(this.repo, "v1").block(WAIT).commitId()).isEqualTo(merge);
        assertThat(this.client.repositories().list(this.repo).map((repository) -> repository.id()).collectList()
            .block(WAIT)).containsExactly(this.repo);
        TestObservationRegistryAssert.assertThat(this.observations)
            .hasAnObservation((observation) -> observation.hasNameEqualTo("lakefs.client.requests")
                .hasLowCardinalityKeyValue("operation", "mergeIntoBranch")
                .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                .hasHighCardinalityKeyValue("repository", this.repo));
    }

    @Test
    void listingsStreamAcrossPages() {
        Flux.range(0, 1001)
            .flatMap((i) -> this.client.objects().upload(this.repo, "main", String.format("many/%04d", i),
                    new byte[] { i.byteValue() }, UploadOptions.defaults()), 16)
            .blockLast(Duration.ofMinutes(2));
        StepVerifier.create(this.client.objects().list(this.repo, "main", "many/").map(ObjectStats::path))
            .expectNext("many/0000")
            .expectNextCount(999)
            .expectNext("many/1000")
            .verifyComplete();
    }

    @Test
    void bytesStreamBothWays() {
        byte[] chunk = new byte[64 * 1024];
        int chunks = 80;
        Flux<DataBuffer> content = Flux.range(0, chunks).map((i) -> {
            chunk[0] = i.byteValue();
            return DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone());
        });
        ObjectStats uploaded = this.client.objects().upload(this.repo, "main", "big.bin", content,
                (long) chunk.length * chunks, UploadOptions.defaults()).block(WAIT);
        assertThat(uploaded.sizeBytes()).isEqualTo((long) chunk.length * chunks);
        Long read = this.client.objects().download(this.repo, "main", "big.bin", null)
            .map((buffer) -> {
                int n = buffer.readableByteCount();
                DataBufferUtils.release(buffer);
                return (long) n;
            })
            .reduce(0L, Long::sum)
            .block(WAIT);
        assertThat(read).isEqualTo(uploaded.sizeBytes());
        String range = this.client.objects().download(this.repo, "main", "big.bin", "bytes=0-0")
            .map((buffer) -> {
                byte first = buffer.read();
                DataBufferUtils.release(buffer);
                return Byte.toString(first);
            })
            .collectList()
            .map(String::valueOf)
            .block(WAIT);
        assertThat(range).isEqualTo("[0]");
    }

    @Test
    void aSourceThatFailsPartWayStoresNothing() {
        Flux<DataBuffer> failing = Flux.concat(Flux.range(0, 4)
            .map((i) -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024])),
                Flux.error(new IllegalStateException("the source broke")));
        assertThatException()
            .isThrownBy(() -> this.client.objects().upload(this.repo, "main", "broken", failing, -1,
                    UploadOptions.defaults()).block(WAIT))
            .withStackTraceContaining("the source broke");
        assertThat(this.client.objects().exists(this.repo, "main", "broken").block(WAIT)).isFalse();
    }

    @Test
    void errorsAreTheBlockingClientsExceptions() {
        StepVerifier.create(this.client.repositories().get("no-such-repo-" + this.repo))
            .expectErrorSatisfies((error) -> assertThat(error).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("getRepository (GET /repositories/no-such-repo-"))
            .verify(WAIT);
        assertThat(this.client.objects().exists(this.repo, "main", "missing").block(WAIT)).isFalse();
        StepVerifier.create(this.client.branches().commit(this.repo, "main", "nothing", Map.of()))
            .expectError(LakeFSServerException.class)
            .verify(WAIT);
        StepVerifier.create(this.client.objects().delete(this.repo, "main", Collections.nCopies(1001, "x")))
            .expectErrorMessage("1001 paths is invalid: lakeFS deletes at most 1000 per call")
            .verify(WAIT);
        TestObservationRegistryAssert.assertThat(this.observations)
            .hasAnObservation((observation) -> observation.hasNameEqualTo("lakefs.client.requests")
                .hasLowCardinalityKeyValue("operation", "getRepository")
                .hasLowCardinalityKeyValue("outcome", "CLIENT_ERROR")
                .hasLowCardinalityKeyValue("status", "404"));
    }

    @Test
    void nothingHappensUntilSubscribed() {
        Mono<String> creation = this.client.branches().create(this.repo, "lazy", "main");
        StepVerifier.create(this.client.branches().get(this.repo, "lazy")).expectError(NotFoundException.class)
            .verify(WAIT);
        creation.block(WAIT);
        assertThat(this.client.branches().get(this.repo, "lazy").block(WAIT).id()).isEqualTo("lazy");
    }

}
