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
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import io.github.lakefsspring.core.RepositoryTemplate;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.core.WriteOptions;
import io.github.lakefsspring.embedded.EmbeddedLakeFSMain;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * Runs every scenario for the three contenders in one JVM (whose heap the build caps at 128 MiB), against an
 * embedded server in its own process (or the lakeFS the {@code LAKEFS_IT_*} variables name), and writes the
 * results to a Markdown file. Figures are measured, never asserted.
 */
public final class Benchmarks {

    private static final long MIB = 1024L * 1024;

    private final List<String> rows = new ArrayList<>();

    private final Map<String, double[]> ratios = new LinkedHashMap<>();

    private Benchmarks() {
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
            new Benchmarks().run(endpoint, key, secret, namespace, (server != null) ? data : null, output);
        }
        finally {
            if (server != null) {
                server.destroy();
                server.waitFor();
            }
            deleteRecursively(data);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
        }
    }

    private void run(String endpoint, String key, String secret, String namespace, Path data, Path output)
            throws Exception {
        AtomicInteger calls = new AtomicInteger();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<Observation.Context>() {

            @Override
            public boolean supportsContext(Observation.Context context) {
                return context.getName().equals("lakefs.client.requests");
            }

            @Override
            public void onStart(Observation.Context context) {
                calls.incrementAndGet();
            }

        });
        LakeFSClientSettings settings = LakeFSClientSettings.of(endpoint, key, secret)
            .withTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(5));
        LakeFSClient ours = LakeFSClient.create(WebClient.builder(), settings, null, registry);
        String api = settings.apiEndpoint().toString();
        List<Contender> contenders = List.of(new OurClient(ours), new OfficialSdk(api, key, secret),
                new RawHttp(api, key, secret));
        RepositoryTemplate repositories = new RepositoryTemplate(ours);
        String run = Long.toString(System.currentTimeMillis(), 36);
        Map<Contender, String> repos = new LinkedHashMap<>();
        for (Contender contender : contenders) {
            String id = "bench-" + run + "-" + repos.size();
            repositories.repository(id).create(namespace + id);
            repos.put(contender, id);
        }
        warmUp(contenders, repos);
        smallOperations(contenders, repos, 1, 500);
        smallOperations(contenders, repos, 16, 2000);
        largeObjects(contenders, repos, 64 * MIB);
        largeObjects(contenders, repos, 1024 * MIB);
        if (data != null) {
            listingAndDeletes(contenders, repositories, ours, data, run, namespace);
        }
        transactions(repositories, repos.get(contenders.get(0)), calls);
        write(output, endpoint);
    }

    /** Runs each contender's calls untimed first, so that the JIT has compiled every contender's code path. */
    private static void warmUp(List<Contender> contenders, Map<Contender, String> repos) throws Exception {
        byte[] content = new byte[1024];
        for (Contender contender : contenders) {
            String repo = repos.get(contender);
            timed(4, 2000, (i) -> {
                contender.upload(repo, "warm-up/" + (i % 50), content);
                contender.stat(repo, "warm-up/" + (i % 50));
            });
            contender.upload(repo, "warm-up/large", Streams.generated(32 * MIB), 32 * MIB);
            contender.download(repo, "warm-up/large");
        }
    }

    private void smallOperations(List<Contender> contenders, Map<Contender, String> repos, int threads, int count)
            throws Exception {
        double[] uploads = new double[contenders.size()];
        double[] stats = new double[contenders.size()];
        List<String> p99s = new ArrayList<>();
        byte[] content = new byte[1024];
        for (int c = 0; c < contenders.size(); c++) {
            Contender contender = contenders.get(c);
            String repo = repos.get(contender);
            String prefix = "small-" + threads + "/";
            Timing upload = timed(threads, count, (i) -> contender.upload(repo, prefix + i, content));
            Timing stat = timed(threads, count, (i) -> contender.stat(repo, prefix + i));
            uploads[c] = upload.opsPerSecond();
            stats[c] = stat.opsPerSecond();
            p99s.add(String.format("%.1f/%.1f ms", upload.p50(), upload.p99()));
        }
        row("small upload (1 KiB), concurrency " + threads, "ops/s", uploads, p99s);
        row("small stat, concurrency " + threads, "ops/s", stats, List.of());
    }

    private void largeObjects(List<Contender> contenders, Map<Contender, String> repos, long size) throws Exception {
        double[] up = new double[contenders.size()];
        double[] down = new double[contenders.size()];
        List<String> heaps = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) {
            Contender contender = contenders.get(c);
            String repo = repos.get(contender);
            resetPeak();
            try {
                long start = System.nanoTime();
                contender.upload(repo, "large/" + size, Streams.generated(size), size);
                up[c] = size / (double) MIB / seconds(start);
                start = System.nanoTime();
                long read = contender.download(repo, "large/" + size);
                down[c] = read / (double) MIB / seconds(start);
                heaps.add((peakHeap() / MIB) + " MiB");
            }
            catch (Throwable ex) {
                up[c] = Double.NaN;
                down[c] = Double.NaN;
                heaps.add("failed: " + ex.getClass().getSimpleName());
            }
            System.gc();
        }
        row((size / MIB) + " MiB upload", "MiB/s", up, heaps);
        row((size / MIB) + " MiB download", "MiB/s", down, List.of());
    }

    private void listingAndDeletes(List<Contender> contenders, RepositoryTemplate repositories, LakeFSClient ours,
            Path data, String run, String namespace) throws Exception {
        Path source = data.resolve("blockstore/s3/bench-source/objects");
        Files.createDirectories(source);
        for (int i = 0; i < 100_000; i++) {
            Files.write(source.resolve(String.format("%06d", i)), new byte[0]);
        }
        double[] listing = new double[contenders.size()];
        double[] deletes = new double[contenders.size()];
        List<String> heaps = new ArrayList<>();
        for (int c = 0; c < contenders.size(); c++) {
            String id = "bench-" + run + "-list-" + c;
            repositories.repository(id).create(namespace + id);
            repositories.repository(id).branch("main").importData("100,000 objects")
                .prefix("s3://bench-source/objects/", "objects/").run();
            Contender contender = contenders.get(c);
            resetPeak();
            long start = System.nanoTime();
            long listed = contender.list(id, "objects/");
            listing[c] = listed / seconds(start);
            heaps.add((peakHeap() / MIB) + " MiB");
            List<String> paths = IntStream.range(0, 10_000).mapToObj((i) -> String.format("objects/%06d", i)).toList();
            start = System.nanoTime();
            contender.delete(id, paths);
            deletes[c] = paths.size() / seconds(start);
            ours.repositories().delete(id);
        }
        row("list 100,000 objects", "objects/s", listing, heaps);
        row("bulk delete 10,000 paths", "paths/s", deletes, List.of());
    }

    private void transactions(RepositoryTemplate repositories, String repo, AtomicInteger calls) {
        Branch main = repositories.repository(repo).branch("main");
        main.commit("before transactions", Map.of(), true);
        int before = calls.get();
        long start = System.nanoTime();
        for (int t = 0; t < 100; t++) {
            int n = t;
            main.transact(TransactionOptions.commitMessage("tx " + t), (tx) -> {
                for (int i = 0; i < 10; i++) {
                    tx.object("tx/" + n + "/" + i).upload(new byte[100], WriteOptions
                        .defaults().withPresign(false));
                }
            });
        }
        double perSecond = 100 / seconds(start);
        double callsPerTransaction = (calls.get() - before - 100 * 10) / 100.0;
        int emptyBefore = calls.get();
        main.transact(TransactionOptions.commitMessage("empty"), (tx) -> {
        });
        int emptyCalls = calls.get() - emptyBefore;
        this.rows.add(String.format("| 100 transactions of 10 objects (ours) | transactions/s | %.1f | | | "
                + "API calls per transaction besides the uploads: %.1f; for an empty one: %d |", perSecond,
                callsPerTransaction, emptyCalls));
    }

    private void row(String scenario, String unit, double[] values, List<String> notes) {
        this.ratios.put(scenario, values);
        String ratioOfficial = ratio(values[0], values[1]);
        String ratioRaw = ratio(values[0], values[2]);
        this.rows.add(String.format("| %s | %s | %s | %s | %s | ours/official %s, ours/raw %s%s |", scenario, unit,
                format(values[0]), format(values[1]), format(values[2]), ratioOfficial, ratioRaw,
                notes.isEmpty() ? "" : "; " + String.join(" / ", notes)));
    }

    private void write(Path output, String endpoint) throws IOException {
        StringBuilder markdown = new StringBuilder();
        markdown.append("# Benchmarks\n\n");
        markdown.append("Measured by `./mvnw -B -Pbenchmarks -pl lakefs-benchmarks -am verify -DskipTests` on ")
            .append(LocalDate.now()).append(", commit `").append(commit()).append("`.\n\n");
        markdown.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
            .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
        markdown.append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
            .append(System.getProperty("java.version")).append(", harness heap capped at ")
            .append(Runtime.getRuntime().maxMemory() / MIB).append(" MiB; the server runs in its own process\n");
        markdown.append("- Server: ").append(endpoint).append("\n");
        markdown.append("- Each contender first runs 2,000 small uploads and stats and a 32 MiB round trip untimed, so that "
                + "the JIT has compiled its code path\n\n");
        markdown.append("| scenario | unit | lakefs-spring-boot | official SDK | raw JDK HttpClient | notes (peak heap per "
                + "contender where measured; p50/p99 latency of ours, official, raw) |\n");
        markdown.append("|---|---|---|---|---|---|\n");
        this.rows.forEach((row) -> markdown.append(row).append('\n'));
        Files.writeString(output, markdown.toString(), StandardCharsets.UTF_8);
        System.out.println(markdown);
    }

    private static String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").start();
            return new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        catch (IOException ex) {
            return "unknown";
        }
    }

    private static String format(double value) {
        return Double.isNaN(value) ? "failed" : String.format("%.1f", value);
    }

    private static String ratio(double ours, double other) {
        return (Double.isNaN(ours) || Double.isNaN(other) || other == 0) ? "n/a" : String.format("%.2f", ours / other);
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
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

    private static Timing timed(int threads, int count, Operation operation) throws Exception {
        long[] latencies = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    long begin = System.nanoTime();
                    operation.run(n);
                    latencies[n] = System.nanoTime() - begin;
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
        finally {
            pool.shutdown();
        }
        double elapsed = seconds(start);
        Arrays.sort(latencies);
        return new Timing(count / elapsed, latencies[count / 2] / 1e6, latencies[(int) (count * 0.99)] / 1e6);
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

    /** One timed operation, by index. */
    @FunctionalInterface
    private interface Operation {

        void run(int index) throws Exception;

    }

    /** Throughput and latency percentiles of one timed run. */
    private record Timing(double opsPerSecond, double p50, double p99) {

    }

}
