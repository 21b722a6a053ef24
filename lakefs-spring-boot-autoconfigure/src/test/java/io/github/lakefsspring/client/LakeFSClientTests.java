package io.github.lakefsspring.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.ChangeType;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.MergeRequest;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Ref;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import org.springframework.http.client.ClientHttpRequestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link LakeFSClient} against a lakeFS over real HTTP: the embedded server, or the one the
 * {@code LAKEFS_IT_*} variables name.
 */
@EmbeddedLakeFS
class LakeFSClientTests {

    private LakeFSClient client;

    private LakeFSTarget target;

    private String repo;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.target = target;
        this.client = LakeFSClient.create(
                LakeFSClientSettings.of(target.endpoint().toString(), target.accessKeyId(), target.secretAccessKey()));
        this.repo = "client-" + Long.toString(System.nanoTime(), 36);
        this.client.repositories().create(this.repo, target.uniqueNamespace(this.repo), "main", false, null);
    }

    @Test
    void serverCallsDescribeTheServer() {
        this.client.server().healthCheck();
        assertThat(this.client.server().config().version()).isNotEmpty();
        assertThat(this.client.server().currentUser().id()).isNotEmpty();
    }

    @Test
    void everyKindOfAnswerGivesItsConnectionBackForReuse() throws Exception {
        LakeFSClientSettings settings = LakeFSClientSettings.of(this.target.endpoint().toString(),
                this.target.accessKeyId(), this.target.secretAccessKey());
        PoolingHttpClientConnectionManagerBuilder poolBuilder = PoolingHttpClientConnectionManagerBuilder.create();
        LakeFSHttpClients.configure(poolBuilder);
        PoolingHttpClientConnectionManager pool = poolBuilder.build();
        HttpClientBuilder http = HttpClients.custom().setConnectionManager(pool);
        LakeFSHttpClients.configure(http, settings.transferTimeout());
        CloseableHttpClient httpClient = http.build();
        ClientHttpRequestFactory factory = LakeFSHttpClients.factory(httpClient, Duration.ofSeconds(30),
                Duration.ofSeconds(2));
        try (LakeFSClient client = LakeFSClient.builder(settings).requestFactories(factory, factory).build()) {
            byte[] big = new byte[256 * 1024];
            client.objects().upload(this.repo, "main", "big", big, UploadOptions.defaults());
            for (int i = 0; i < 20; i++) {
                assertThat(client.objects().stat(this.repo, "main", "big", false, false).sizeBytes())
                    .isEqualTo(big.length);
                assertThat(client.objects().exists(this.repo, "main", "missing")).isFalse();
                assertThatExceptionOfType(NotFoundException.class)
                    .isThrownBy(() -> client.objects().stat(this.repo, "main", "missing", false, false));
                try (InputStream content = client.objects().read(this.repo, "main", "big", null)) {
                    assertThat(content.readNBytes(16)).hasSize(16);
                }
                try (InputStream content = client.objects().read(this.repo, "main", "big", null)) {
                    assertThat(content.readAllBytes()).isEqualTo(big);
                }
            }
            // one caller, one call at a time: every answer left its connection open and back in the pool
            assertThat(pool.getTotalStats().getLeased()).isZero();
            assertThat(pool.getTotalStats().getAvailable()).isEqualTo(1);
        }
    }

    @Test
    void aFullPageOfObjectsWithAKibibyteOfMetadataEachIsListed() throws Exception {
        String value = "m".repeat(1024);
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            List<Future<ObjectStats>> uploads = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String path = String.format("meta/%04d", i);
                uploads.add(writers.submit(() -> this.client.objects().upload(this.repo, "main", path, "x",
                        new UploadOptions(null, Map.of("note", value), false))));
            }
            for (Future<ObjectStats> upload : uploads) {
                upload.get();
            }
        }
        finally {
            writers.shutdown();
        }
        Page<ObjectStats> page = this.client.objects().list(this.repo, "main", "meta/", null, null, 1000, true);
        assertThat(page.results()).hasSize(1000)
            .allSatisfy((object) -> assertThat(object.metadata()).containsEntry("note", value));
        assertThat(page.pagination().hasMore()).isFalse();
    }

    @Test
    void branchesCommitsAndMergesRoundTrip() {
        String head = this.client.branches().create(this.repo, "dev", "main", false);
        assertThat(head).hasSize(64);
        this.client.objects().upload(this.repo, "dev", "a.txt", "alpha", UploadOptions.contentType("text/plain"));
        Page<Change> uncommitted = this.client.branches().uncommitted(this.repo, "dev", null, null, null, 100);
        assertThat(uncommitted.results()).extracting(Change::path, Change::type)
            .containsExactly(Tuple.tuple("a.txt", ChangeType.ADDED));
        Commit commit = this.client.branches().commit(this.repo, "dev", "add a", Map.of("k", "v"), false);
        assertThat(commit.metadata()).containsEntry("k", "v");
        assertThat(commit.parents()).containsExactly(head);
        String merge = this.client.refs().merge(this.repo, "dev", "main", MergeRequest.defaults());
        assertThat(this.client.refs().commit(this.repo, "main").id()).isEqualTo(merge);
        assertThat(this.client.refs().log(this.repo, "main", RefsApi.LogQuery.pages(10)).results())
            .extracting(Commit::message).containsExactly("Merge 'dev' into 'main'", "add a", "Repository created");
        Page<Ref> branches = this.client.branches().list(this.repo, null, null, 100, false);
        assertThat(branches.results()).extracting(Ref::id).containsExactly("dev", "main");
    }

    @Test
    void objectsStreamInBothDirectionsWithRanges() throws Exception {
        ObjectStats stats = this.client.objects().upload(this.repo, "main", "data/blob.bin",
                new ByteArrayInputStream("0123456789".getBytes(StandardCharsets.UTF_8)), -1,
                new UploadOptions("application/x-test", Map.of("Owner", "team"), false));
        assertThat(stats.sizeBytes()).isEqualTo(10);
        assertThat(stats.contentType()).isEqualTo("application/x-test");
        try (InputStream in = this.client.objects().read(this.repo, "main", "data/blob.bin", null)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("0123456789");
        }
        try (InputStream in = this.client.objects().read(this.repo, "main", "data/blob.bin", "bytes=3-5")) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("345");
        }
        assertThatExceptionOfType(InvalidRangeException.class)
            .isThrownBy(() -> this.client.objects().read(this.repo, "main", "data/blob.bin", "bytes=10-"))
            .satisfies((ex) -> assertThat(ex.objectSize()).isEqualTo(10));
        assertThat(this.client.objects().stat(this.repo, "main", "data/blob.bin", false, true).metadata())
            .containsEntry("owner", "team");
        assertThat(this.client.objects().stat(this.repo, "main", "data/blob.bin", false, false).metadata()).isEmpty();
        assertThat(this.client.objects().exists(this.repo, "main", "data/blob.bin")).isTrue();
        assertThat(this.client.objects().exists(this.repo, "main", "data/none")).isFalse();
    }

    @Test
    void aStreamThatFailsPartWayStoresNothing() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]), new InputStream() {

            @Override
            public int read() throws IOException {
                throw new IOException("the source broke");
            }

        });
        assertThatExceptionOfType(LakeFSNetworkException.class)
            .isThrownBy(() -> this.client.objects().upload(this.repo, "main", "broken", failing, -1,
                    UploadOptions.defaults()))
            .withStackTraceContaining("the source broke");
        assertThat(this.client.objects().exists(this.repo, "main", "broken")).isFalse();
    }

    @Test
    void awkwardPathsRoundTripThroughStrictEncoding() throws Exception {
        String path = "a+b c/ü/%41#?&=.txt";
        this.client.objects().upload(this.repo, "main", path, "odd", UploadOptions.defaults());
        assertThat(this.client.objects().list(this.repo, "main", "a+b c/", null, null, 100, true).results())
            .extracting(ObjectStats::path).containsExactly(path);
        assertThat(this.client.objects().stat(this.repo, "main", path, false, true).sizeBytes()).isEqualTo(3);
        try (InputStream in = this.client.objects().read(this.repo, "main", path, null)) {
            assertThat(in.readAllBytes()).isEqualTo("odd".getBytes(StandardCharsets.UTF_8));
        }
        this.client.objects().delete(this.repo, "main", path);
        assertThat(this.client.objects().exists(this.repo, "main", path)).isFalse();
        assertThat(this.client.refs().commit(this.repo, "main^0").message()).isEqualTo("Repository created");
    }

    @Test
    void errorsAreMappedToSpecificExceptions() {
        assertThatExceptionOfType(NotFoundException.class)
            .isThrownBy(() -> this.client.repositories().get("no-such-repository"))
            .withMessageContaining("getRepository (GET /repositories/no-such-repository) with 404: repository not found")
            .satisfies((ex) -> assertThat(ex.status()).isEqualTo(404));
        assertThatExceptionOfType(ObjectNotFoundException.class)
            .isThrownBy(() -> this.client.objects().stat(this.repo, "main", "missing", false, true));
        assertThatExceptionOfType(ConflictException.class)
            .isThrownBy(() -> this.client.branches().create(this.repo, "main", "main", false))
            .withMessageContaining("branch already exists");
        assertThatExceptionOfType(NoChangesException.class)
            .isThrownBy(() -> this.client.branches().commit(this.repo, "main", "nothing", Map.of(), false));
        this.client.objects().upload(this.repo, "main", "once", "1", UploadOptions.defaults());
        assertThatExceptionOfType(ObjectExistsException.class)
            .isThrownBy(() -> this.client.objects().upload(this.repo, "main", "once", "2",
                    new UploadOptions(null, Map.of(), true)));
        assertThatExceptionOfType(ForbiddenException.class)
            .isThrownBy(() -> this.client.branches().delete(this.repo, "main"));
    }

    @Test
    void mergeConflictsAndDirtyBranchesAreTyped() {
        this.client.objects().upload(this.repo, "main", "f", "base", UploadOptions.defaults());
        this.client.branches().commit(this.repo, "main", "base", Map.of(), false);
        this.client.branches().create(this.repo, "other", "main", false);
        this.client.objects().upload(this.repo, "other", "f", "other", UploadOptions.defaults());
        this.client.branches().commit(this.repo, "other", "other", Map.of(), false);
        this.client.objects().upload(this.repo, "main", "f", "main", UploadOptions.defaults());
        assertThatExceptionOfType(DirtyBranchException.class)
            .isThrownBy(() -> this.client.refs().merge(this.repo, "other", "main", MergeRequest.defaults()));
        this.client.branches().commit(this.repo, "main", "main", Map.of(), false);
        assertThatExceptionOfType(MergeConflictException.class)
            .isThrownBy(() -> this.client.refs().merge(this.repo, "other", "main", MergeRequest.defaults()));
    }

    @Test
    void wrongCredentialsAreNotAuthorizedAndNeverEchoed() {
        LakeFSClient intruder = LakeFSClient.create(
                LakeFSClientSettings.of(this.target.endpoint().toString(), "AKIAWRONG", "s3cr3t-never-shown"));
        assertThatExceptionOfType(NotAuthorizedException.class)
            .isThrownBy(() -> intruder.repositories().list(null, null, 10))
            .withMessageNotContaining("s3cr3t-never-shown");
        assertThat(intruder.settings().toString()).doesNotContain("s3cr3t-never-shown");
        assertThat(intruder.toString()).doesNotContain("s3cr3t-never-shown");
    }

    @Test
    void unreachableServersAreNetworkFailuresNamingTheCall() {
        LakeFSClient nowhere = LakeFSClient.create(LakeFSClientSettings.of("http://127.0.0.1:1", "key", "secret")
                    .withRetry(LakeFSClientSettings.RetrySettings.none()));
        assertThatExceptionOfType(LakeFSNetworkException.class).isThrownBy(() -> nowhere.repositories().get("repo"))
            .withMessageContaining("getRepository (GET /repositories/repo)");
    }

    @Test
    void everyCallIsObservedWithItsOperationOutcomeAndTarget() {
        List<String> seen = new CopyOnWriteArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                seen.add(context.getName() + " " + context.getLowCardinalityKeyValue("operation").getValue() + " "
                        + context.getLowCardinalityKeyValue("outcome").getValue() + " "
                        + context.getHighCardinalityKeyValue("repository").getValue() + " "
                        + context.getHighCardinalityKeyValue("branch").getValue());
            }

        });
        LakeFSClient observed = LakeFSClient.builder(this.client.settings()).observationRegistry(registry).build();
        observed.branches().get(this.repo, "main");
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> observed.branches().get(this.repo, "none"));
        assertThat(seen).containsExactly("lakefs.client.requests getBranch SUCCESS " + this.repo + " main",
                "lakefs.client.requests getBranch CLIENT_ERROR " + this.repo + " none");
    }

    @Test
    void endpointsAreValidatedAndNormalized() {
        assertThat(LakeFSClientSettings.apiEndpoint("https://lakefs.example.com"))
            .hasToString("https://lakefs.example.com/api/v1");
        assertThat(LakeFSClientSettings.apiEndpoint("https://lakefs.example.com/api/v1/"))
            .hasToString("https://lakefs.example.com/api/v1");
        assertThat(LakeFSClientSettings.apiEndpoint("http://proxy:8080/lakefs/api/v1"))
            .hasToString("http://proxy:8080/lakefs/api/v1");
        assertThatIllegalArgumentException().isThrownBy(() -> LakeFSClientSettings.apiEndpoint("lakefs.example.com"))
            .withMessage("lakeFS endpoint 'lakefs.example.com' is invalid: it must be an http:// or https:// URL such "
                    + "as https://lakefs.example.com");
        assertThatIllegalArgumentException().isThrownBy(() -> LakeFSClientSettings.apiEndpoint("ftp://host"))
            .withMessageContaining("'ftp://host' is invalid");
    }

    @Test
    void bulkDeletesRefuseMoreThanAThousandPathsBeforeSending() {
        List<String> paths = IntStream.range(0, 1001).mapToObj((i) -> "p" + i).toList();
        assertThatIllegalArgumentException().isThrownBy(() -> this.client.objects().delete(this.repo, "main", paths))
            .withMessageContaining("1001 paths is invalid");
    }

}
