package io.github.lakefsspring.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.core.WriteOptions;
import io.github.lakefsspring.embedded.EmbeddedLakeFSMain;

import org.springframework.util.unit.DataSize;

/**
 * Runs every scenario for every contender in one JVM (whose heap the build caps at 128 MiB), against an embedded
 * server in its own process (or the lakeFS the {@code LAKEFS_IT_*} variables name), in interleaved rounds (see
 * {@link Rounds}), and writes the medians and spreads to a Markdown file. Figures are measured, never asserted.
 */
public final class Benchmarks {

    private static final long MIB = 1024L * 1024;

    private static final int ROUNDS = 5;

    private static final int LARGE_ROUNDS = 3;

    private static final int STAT_OBJECTS = 100;

    /**
     * How many times each contender lists the 100,000 objects untimed before the listing rounds: measured by hand,
     * listing throughput (the server's included) still rises over the first ten or so.
     */
    private static final int LISTING_WARM_UPS = 10;

    /** How long each contender's small calls run untimed before anything is measured. */
    private static final Duration WARM_UP = Duration.ofSeconds(40);

    private static final String[] OURS_VS_OFFICIAL = { "lakefs-spring-boot", "official SDK", "ours/official" };

    private static final String[] HIGH_LEVEL_VS_OFFICIAL = { "lakefs-spring-boot, high-level defaults",
            "official SDK", "high-level/official" };

    private static final String[] OURS_VS_RAW = { "lakefs-spring-boot", "raw JDK HttpClient", "ours/raw" };

    private static final List<String[]> THREE_RATIOS = List.of(OURS_VS_OFFICIAL, HIGH_LEVEL_VS_OFFICIAL, OURS_VS_RAW);

    private static final List<String[]> TWO_RATIOS = List.of(OURS_VS_OFFICIAL, OURS_VS_RAW);

    private final Report report;

    private final Map<String, String> repos = new HashMap<>();

    private Benchmarks(Report report) {
        this.report = report;
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of((args.length > 0) ? args[0] : "BENCHMARKS.md");
        Path data = Files.createTempDirectory("lakefs-bench-");
        Process server = null;
        String endpoint = System.getenv("LAKEFS_IT_ENDPOINT");
        String key = System.getenv().getOrDefault("LAKEFS_IT_ACCESS_KEY_ID", "AKIAIOSFOLQUICKSTART");
        String secret = System.getenv().getOrDefault("LAKEFS_IT_SECRET_ACCESS_KEY",
                "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        String namespace = System.getenv().getOrDefault("LAKEFS_IT_NAMESPACE_PREFIX", "s3://bench/");
        if (endpoint == null) {
            server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"), EmbeddedLakeFSMain.class.getName(), "--port", "0",
                    "--data-dir", data.toString()).redirectErrorStream(true).start();
            endpoint = awaitEndpoint(server);
        }
        try {
            Report report = new Report(header(endpoint, server != null));
            new Benchmarks(report).run(endpoint, key, secret, namespace, (server != null) ? data : null);
            report.write(output);
        }
        finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
            deleteRecursively(data);
        }
    }

    private void run(String endpoint, String key, String secret, String namespace, Path data) throws Exception {
        LakeFSClientSettings settings = LakeFSClientSettings.of(endpoint, key, secret)
            .withTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(5));
        LakeFSClient client = LakeFSClient.create(settings);
        RepositoryTemplate repositories = new RepositoryTemplate(client);
        OurClient ours = new OurClient(client);
        String api = settings.apiEndpoint().toString();
        List<Contender> contenders = List.of(ours, new OurHighLevel(repositories, ours),
                new OfficialSdk(api, key, secret, 32), new RawHttp(api, key, secret));
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (Contender contender : contenders) {
            String id = "bench-" + run + "-" + this.repos.size();
            Repository repository = repositories.repository(id).create(namespace + id);
            Branch main = repository.branch("main");
            for (int i = 0; i < STAT_OBJECTS; i++) {
                main.object("small/" + i).upload(new byte[1024], WriteOptions.defaults().withPresign(false));
            }
            main.commit("objects to read");
            for (int w = 0; w < 16; w++) {
                repository.branch("w" + w).create("main");
            }
            this.repos.put(contender.name(), id);
        }
        warmUp(contenders);
        List<Transports.Transport> transports = Transports.all(settings, 32);
        try {
            transports(transports, new OfficialSdk(api, key, secret, 32));
        }
        finally {
            for (Transports.Transport transport : transports) {
                transport.close();
            }
        }
        smallOperations(contenders);
        largeObjects(List.of(ours, contenders.get(3)));
        if (data != null) {
            listingAndDeletes(List.of(ours, contenders.get(2), contenders.get(3)), repositories, data, run, namespace);
        }
        if (data != null) {
            parallelWriters(repositories, run, namespace);
        }
        presignThreshold(repositories, this.repos.get(ours.name()));
        transactions(settings, this.repos.get(ours.name()));
        officialSdkWithLargeObjects(contenders.get(2), ours);
    }

    /**
     * The official SDK moves a 1 GiB object through memory: tried once, last of all, because an
     * {@link OutOfMemoryError} in the harness JVM can kill any contender's threads (an HTTP client's selector, a
     * pool's evictor) and so spoil every figure measured after it.
     */
    private void officialSdkWithLargeObjects(Contender official, Contender ours) throws Exception {
        long size = 1024 * MIB;
        this.report.section("Large objects through the official SDK", "The official SDK's 1 GiB upload and "
                + "download in the same 128 MiB harness JVM, tried once after every other scenario (the object it "
                + "downloads is placed by this client first).");
        String repo = repo(official);
        this.report.text("- upload: " + attempt(() -> {
            long start = System.nanoTime();
            official.upload(repo, "large/sdk-gib", Streams.generated(size), size);
            return Report.figure(size / (double) MIB / Rounds.seconds(start)) + " MiB/s";
        }));
        ours.upload(repo, "large/gib", Streams.generated(size), size);
        this.report.text("- download: " + attempt(() -> {
            long start = System.nanoTime();
            long read = official.download(repo, "large/gib");
            return Report.figure(read / (double) MIB / Rounds.seconds(start)) + " MiB/s";
        }));
    }

    private static String attempt(Callable<String> trial) {
        try {
            return trial.call();
        }
        catch (Exception | OutOfMemoryError ex) {
            return "fails with " + ex.getClass().getSimpleName();
        }
    }

    /**
     * Runs each contender's calls untimed first, at both concurrencies the scenarios use and for
     * {@link #WARM_UP} each, so that every contender is measured with its code compiled: on 2 cores shared with the
     * server, the JIT needs a few hundred thousand calls before a client's small-call throughput stops rising.
     */
    private void warmUp(List<Contender> contenders) throws Exception {
        byte[] content = new byte[1024];
        for (Contender contender : contenders) {
            String repo = this.repos.get(contender.name());
            long deadline = System.nanoTime() + WARM_UP.toNanos();
            for (int pass = 0; System.nanoTime() < deadline; pass++) {
                int threads = (pass % 4 == 0) ? 1 : 16;
                Rounds.throughput(threads, 1600, (worker, i) -> {
                    contender.stat(repo, "small/" + (i % STAT_OBJECTS));
                    contender.get(repo, "small/" + (i % STAT_OBJECTS));
                    if (i % 4 == 0) {
                        contender.upload(repo, "w" + worker, "warm-up/" + (i % 50), content);
                    }
                    if (i % 100 == 0) {
                        contender.commit(repo, "w" + worker, "warm-up");
                    }
                });
            }
            contender.upload(repo, "warm-up/large", Streams.generated(32 * MIB), 32 * MIB);
            contender.download(repo, "warm-up/large");
        }
    }

    private void transports(List<Transports.Transport> transports, OfficialSdk official) throws Exception {
        List<Rounds.Named> contenders = new ArrayList<>(transports);
        contenders.add(official);
        List<String> names = contenders.stream().map(Rounds.Named::name).toList();
        String repo = this.repos.get(OURS_VS_OFFICIAL[0]);
        for (Rounds.Named contender : contenders) {
            long deadline = System.nanoTime() + WARM_UP.dividedBy(2).toNanos();
            while (System.nanoTime() < deadline) {
                Rounds.throughput(16, 3000, (worker, i) -> stat(contender, repo, i));
            }
        }
        this.report.section("Transport of the blocking client", "The same `LakeFSClient` on each transport Spring's "
                + "`RestClient` supports, and the official SDK (OkHttp) for reference: stat of a 1 KiB object. The "
                + "client runs on the fastest, Apache HttpClient 5 (its default; I/O on the caller's thread, pooled).",
                names);
        for (int threads : new int[] { 1, 16 }) {
            int count = (threads == 1) ? 1000 : 6000;
            Rounds.Result result = Rounds.run("stat, concurrency " + threads, "ops/s", ROUNDS, contenders,
                    (contender, round) -> Rounds.throughput(threads, count, (worker, i) -> stat(contender, repo, i)));
            this.report.row(result, names, List.<String[]>of(new String[] { names.get(0), "official SDK",
                    "HC5/official" }), "");
        }
    }

    private static void stat(Rounds.Named contender, String repo, int i) throws Exception {
        if (contender instanceof Transports.Transport transport) {
            transport.client().objects().stat(repo, "main", "small/" + (i % STAT_OBJECTS), false, true);
        }
        else {
            ((Contender) contender).stat(repo, "small/" + (i % STAT_OBJECTS));
        }
    }

    private void smallOperations(List<Contender> contenders) throws Exception {
        List<String> names = contenders.stream().map(Contender::name).toList();
        this.report.section("Small operations", "1 KiB objects. `lakefs-spring-boot` is `LakeFSClient`; the high-level "
                + "column is `RepositoryTemplate` handles with default options (uploads below the presign threshold "
                + "go direct; reads follow the server's storage, presigned where it allows, as the Python SDK "
                + "does). Upload+commit: each worker uploads to and commits its own branch.", names);
        byte[] content = new byte[1024];
        for (int threads : new int[] { 1, 16 }) {
            int uploads = (threads == 1) ? 400 : 3000;
            int reads = (threads == 1) ? 1000 : 6000;
            int commits = (threads == 1) ? 60 : 320;
            this.report.row(Rounds.run("upload, concurrency " + threads, "ops/s", ROUNDS, contenders,
                    (contender, round) -> Rounds.throughput(threads, uploads, (worker, i) -> ((Contender) contender)
                        .upload(repo(contender), "main", "up-" + threads + "/" + round + "/" + i, content))),
                    names, THREE_RATIOS, "");
            this.report.row(Rounds.run("stat, concurrency " + threads, "ops/s", ROUNDS, contenders,
                    (contender, round) -> Rounds.throughput(threads, reads, (worker, i) -> ((Contender) contender)
                        .stat(repo(contender), "small/" + (i % STAT_OBJECTS)))),
                    names, THREE_RATIOS, "");
            this.report.row(Rounds.run("get, concurrency " + threads, "ops/s", ROUNDS, contenders,
                    (contender, round) -> Rounds.throughput(threads, reads, (worker, i) -> ((Contender) contender)
                        .get(repo(contender), "small/" + (i % STAT_OBJECTS)))),
                    names, THREE_RATIOS, "");
            this.report.row(Rounds.run("upload+commit, concurrency " + threads, "ops/s", ROUNDS, contenders,
                    (contender, round) -> Rounds.throughput(threads, commits, (worker, i) -> {
                        Contender c = (Contender) contender;
                        c.upload(repo(contender), "w" + worker, "commit/" + round + "/" + i, content);
                        c.commit(repo(contender), "w" + worker, "commit " + i);
                    })), names, THREE_RATIOS, "");
        }
    }

    private String repo(Rounds.Named contender) {
        return this.repos.get(contender.name());
    }

    private void largeObjects(List<Contender> contenders) throws Exception {
        List<String> names = contenders.stream().map(Contender::name).toList();
        long size = 1024 * MIB;
        this.report.section("Large objects", "One 1 GiB object streamed up and down, " + LARGE_ROUNDS + " rounds; peak "
                + "heap of the harness JVM (capped at 128 MiB) per contender, highest over the rounds. The official "
                + "SDK is tried separately, at the end.", names);
        Map<String, Long> peaks = new HashMap<>();
        Rounds.Result up = Rounds.run("1 GiB upload", "MiB/s", LARGE_ROUNDS, contenders, (contender, round) -> {
            resetPeak();
            long start = System.nanoTime();
            ((Contender) contender).upload(repo(contender), "large/gib", Streams.generated(size), size);
            double rate = size / (double) MIB / Rounds.seconds(start);
            peaks.merge(contender.name(), peakHeap(), Math::max);
            return rate;
        });
        Rounds.Result down = Rounds.run("1 GiB download", "MiB/s", LARGE_ROUNDS, contenders, (contender, round) -> {
            resetPeak();
            long start = System.nanoTime();
            long read = ((Contender) contender).download(repo(contender), "large/gib");
            double rate = read / (double) MIB / Rounds.seconds(start);
            peaks.merge(contender.name(), peakHeap(), Math::max);
            return rate;
        });
        String heaps = "peak heap " + String.join(" / ", names.stream()
            .map((name) -> (peaks.getOrDefault(name, 0L) / MIB) + " MiB")
            .toList());
        this.report.row(up, names, List.<String[]>of(OURS_VS_RAW), heaps);
        this.report.row(down, names, List.<String[]>of(OURS_VS_RAW), "");
    }

    private void listingAndDeletes(List<Contender> contenders, RepositoryTemplate repositories, Path data, String run,
            String namespace) throws Exception {
        Path source = data.resolve("blockstore/s3/bench-source/objects");
        Files.createDirectories(source);
        for (int i = 0; i < 100_000; i++) {
            Files.write(source.resolve(String.format("%06d", i)), new byte[0]);
        }
        String id = "bench-" + run + "-list";
        Repository repository = repositories.repository(id).create(namespace + id);
        Branch main = repository.branch("main");
        main.importData("100,000 objects").prefix("s3://bench-source/objects/", "objects/").run();
        List<String> names = contenders.stream().map(Contender::name).toList();
        this.report.section("Listing and bulk deletes", "100,000 objects listed page by page (1000 per page, no user "
                + "metadata); 10,000 paths deleted, each round on a fresh branch. Peak heap of the harness JVM per "
                + "contender, highest over the rounds.", names);
        Map<String, Long> peaks = new HashMap<>();
        for (int pass = 0; pass < LISTING_WARM_UPS; pass++) {
            for (Contender contender : contenders) {
                contender.list(id, "objects/");
            }
        }
        Rounds.Result listing = Rounds.run("list 100,000 objects", "objects/s", LARGE_ROUNDS, contenders,
                (contender, round) -> {
                    resetPeak();
                    long start = System.nanoTime();
                    long listed = ((Contender) contender).list(id, "objects/");
                    double rate = listed / Rounds.seconds(start);
                    peaks.merge(contender.name(), peakHeap(), Math::max);
                    return rate;
                });
        List<String> paths = IntStream.range(0, 10_000).mapToObj((i) -> String.format("objects/%06d", i)).toList();
        AtomicInteger branches = new AtomicInteger();
        Rounds.Result deletes = Rounds.run("bulk delete 10,000 paths", "paths/s", LARGE_ROUNDS, contenders,
                (contender, round) -> {
                    String branch = "delete-" + branches.incrementAndGet();
                    repository.branch(branch).create("main");
                    long start = System.nanoTime();
                    ((Contender) contender).delete(id, branch, paths);
                    return paths.size() / Rounds.seconds(start);
                });
        String heaps = "peak heap " + String.join(" / ", names.stream()
            .map((name) -> (peaks.getOrDefault(name, 0L) / MIB) + " MiB")
            .toList());
        this.report.row(listing, names, TWO_RATIOS, heaps);
        this.report.row(deletes, names, TWO_RATIOS, "");
        repositories.client().repositories().delete(id);
    }

    /**
     * Whether the embedded server lets writes to different repositories proceed in parallel: 16 writers, each
     * uploading and committing on its own repository, against 16 writers on 16 branches of one repository.
     */
    private void parallelWriters(RepositoryTemplate repositories, String run, String namespace) throws Exception {
        List<Repository> separate = new ArrayList<>();
        for (int w = 0; w < 16; w++) {
            String id = "bench-" + run + "-writer-" + w;
            separate.add(repositories.repository(id).create(namespace + id));
        }
        String sharedId = "bench-" + run + "-writers";
        Repository shared = repositories.repository(sharedId).create(namespace + sharedId);
        for (int w = 0; w < 16; w++) {
            shared.branch("w" + w).create("main");
        }
        List<Rounds.Named> layouts = List.of(() -> "16 repositories", () -> "1 repository, 16 branches");
        List<String> names = layouts.stream().map(Rounds.Named::name).toList();
        this.report.section("Embedded server: parallel writers", "16 writers, each uploading 1 KiB objects and "
                + "committing every 10, on a repository of its own or on a branch of its own in one shared "
                + "repository. Writes to different repositories do not wait for each other.", names);
        byte[] content = new byte[1024];
        Rounds.Result result = Rounds.run("16 writers, upload (commit every 10)", "uploads/s", ROUNDS, layouts,
                (layout, round) -> Rounds.throughput(16, 1600, (worker, i) -> {
                    Branch branch = (layout == layouts.get(0)) ? separate.get(worker).branch("main")
                            : shared.branch("w" + worker);
                    branch.object("p/" + round + "/" + i).upload(content, WriteOptions.defaults());
                    if (i / 16 % 10 == 9) {
                        branch.commit("ten more");
                    }
                }));
        this.report.row(result, names, List.<String[]>of(new String[] { names.get(0), names.get(1),
                "separate/shared" }), "");
    }

    /** The measurement behind the default presign threshold: direct and presigned uploads by size. */
    private void presignThreshold(RepositoryTemplate repositories, String repo) throws Exception {
        if (!repositories.client().server().config().storageConfig().preSignSupport()) {
            this.report.text("(The presign threshold was not measured: this server's storage does not presign.)");
            return;
        }
        List<Rounds.Named> paths = List.of(() -> "direct (through lakeFS)", () -> "presigned (reserve, PUT, link)");
        List<String> names = paths.stream().map(Rounds.Named::name).toList();
        this.report.section("Upload path by size", "Milliseconds per upload through the high-level API, the path "
                + "forced either way. The presigned path's two extra round trips cost a few milliseconds whatever the "
                + "size; the default presign threshold ("
                + RepositoryTemplate.DEFAULT_PRESIGN_THRESHOLD.toMegabytes() + " MiB) is where that falls to about a "
                + "tenth of the transfer. (Here the storage is the embedded server itself, so the presigned path "
                + "never wins outright; on a real deployment it takes the bytes off the lakeFS server.)", names);
        Branch main = repositories.repository(repo).branch("main");
        for (DataSize size : List.of(DataSize.ofKilobytes(64), DataSize.ofMegabytes(1), DataSize.ofMegabytes(4),
                DataSize.ofMegabytes(16), DataSize.ofMegabytes(64))) {
            byte[] content = new byte[(int) size.toBytes()];
            int count = (int) Math.max(2, Math.min(40, 64 * MIB / size.toBytes()));
            Rounds.Result result = Rounds.run(size.toKilobytes() + " KiB", "ms/upload", ROUNDS, paths,
                    (path, round) -> {
                        boolean presign = path == paths.get(1);
                        long start = System.nanoTime();
                        for (int i = 0; i < count; i++) {
                            main.object("threshold/" + i).upload(content, WriteOptions.defaults().withPresign(presign));
                        }
                        return Rounds.seconds(start) * 1000 / count;
                    });
            this.report.row(result, names, List.<String[]>of(new String[] { names.get(1), names.get(0),
                    "presigned/direct" }), "");
        }
    }

    private void transactions(LakeFSClientSettings settings, String repo) {
        AtomicInteger calls = new AtomicInteger();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStart(Observation.Context context) {
                if ("lakefs.client.requests".equals(context.getName())) {
                    calls.incrementAndGet();
                }
            }

        });
        RepositoryTemplate repositories = new RepositoryTemplate(LakeFSClient.builder(settings)
            .observationRegistry(registry)
            .build());
        Branch main = repositories.repository(repo).branch("main");
        main.commit("before transactions", Map.of(), true);
        int before = calls.get();
        long start = System.nanoTime();
        for (int t = 0; t < 100; t++) {
            int n = t;
            main.transact(TransactionOptions.commitMessage("tx " + t), (tx) -> {
                for (int i = 0; i < 10; i++) {
                    tx.object("tx/" + n + "/" + i).upload(new byte[100], WriteOptions.defaults());
                }
            });
        }
        double perSecond = 100 / Rounds.seconds(start);
        double callsPerTransaction = (calls.get() - before - 100 * 10) / 100.0;
        int emptyBefore = calls.get();
        main.transact(TransactionOptions.commitMessage("empty"), (tx) -> {
        });
        this.report.text(String.format("## Transactions\n\n100 transactions of 10 small objects each: %.1f "
                + "transactions/s; API calls per transaction besides its uploads: %.1f (create the ephemeral branch, "
                + "commit, merge, delete the branch); for an empty transaction: %d.", perSecond, callsPerTransaction,
                calls.get() - emptyBefore));
    }

    private static String header(String endpoint, boolean embedded) {
        return "# Benchmarks\n\n"
                + "Measured by `./mvnw -B -Pbenchmarks -pl lakefs-benchmarks -am verify -DskipTests` on "
                + LocalDate.now() + " at commit `" + commit() + "`.\n\n"
                + "- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + "; the load average before and after each scenario is in "
                + "its notes\n"
                + "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "; harness heap capped at " + (Runtime.getRuntime().maxMemory() / MIB) + " MiB\n"
                + "- Server: " + (embedded ? "the embedded lakeFS-compatible server in its own JVM (-Xmx1g, s3 "
                        + "blockstore mode, same machine)" : "lakeFS at " + endpoint) + "\n"
                + "- Method: every contender first runs its small calls untimed for " + WARM_UP.toSeconds()
                + " s (stat, get, upload and commit, at concurrency 1 and 16), a 32 MiB round trip, and each listing "
                + LISTING_WARM_UPS + " times (JIT warm-up: on 2 cores shared with the server, throughput keeps "
                + "rising for a few hundred thousand calls). Each scenario then runs in " + ROUNDS + " rounds ("
                + LARGE_ROUNDS + " for large objects and listings); in each round every contender runs once, in "
                + "an order rotated from round to round. Tables show the median of the rounds and, below it, the lowest and highest round. "
                + "Ratios are of medians.\n"
                + "- Contenders: `lakefs-spring-boot` (`LakeFSClient`), its high-level API with default options, "
                + "the official lakeFS Java SDK (`io.lakefs:sdk`, OkHttp, connection pool sized 32; its uploads and "
                + "downloads go through temporary files, which is its API), and the JDK's `HttpClient` making the "
                + "bare calls (the practical limit).\n";
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
            String head = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no").start();
            boolean dirty = !new String(status.getInputStream().readAllBytes(), StandardCharsets.UTF_8).isBlank();
            return head + (dirty ? " (with uncommitted changes)" : "");
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private static void resetPeak() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter((pool) -> pool.getType() == MemoryType.HEAP)
            .mapToLong((pool) -> pool.getPeakUsage().getUsed())
            .sum();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
        }
    }

    private static String awaitEndpoint(Process server) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern ready = Pattern.compile("is ready at (\\S+)");
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            Matcher matcher = ready.matcher(line);
            if (matcher.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        reader.transferTo(Writer.nullWriter());
                    }
                    catch (IOException ex) {
                        // the server stopped
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("the embedded server did not start");
    }

}
