package io.github.lakefsspring.client;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The lakeFS REST API over Spring WebClient, grouped by lakeFS area as lakeFS's own API documentation is:
 * {@link #repositories()}, {@link #branches()}, {@link #tags()}, {@link #refs()}, {@link #objects()},
 * {@link #staging()}, {@link #imports()} and {@link #server()}.
 *
 * <p>Calls block until lakeFS answers and return immutable records; object bodies stream in both directions.
 * Every call goes through one pipeline that encodes values strictly, maps error answers to
 * {@link LakeFSServerException} subclasses, and retries the calls that are safe to repeat. Thread-safe; one
 * instance per lakeFS server is enough.
 *
 * <pre>{@code
 * LakeFSClient lakefs = LakeFSClient.create(WebClient.builder(),
 *         LakeFSClientSettings.of("http://localhost:8000", accessKeyId, secretAccessKey));
 * lakefs.branches().create("repo", "feature", "main", false);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LakeFSClient {

    private final LakeFSClientSettings settings;

    private final ServerApi server;

    private final RepositoriesApi repositories;

    private final BranchesApi branches;

    private final TagsApi tags;

    private final RefsApi refs;

    private final ObjectsApi objects;

    private final StagingApi staging;

    private final ImportApi imports;

    private LakeFSClient(LakeFSHttp http, LakeFSClientSettings settings) {
        this.settings = settings;
        this.server = new ServerApi(http);
        this.repositories = new RepositoriesApi(http);
        this.branches = new BranchesApi(http);
        this.tags = new TagsApi(http);
        this.refs = new RefsApi(http);
        this.objects = new ObjectsApi(http);
        this.staging = new StagingApi(http);
        this.imports = new ImportApi(http);
    }

    /**
     * A client built from a {@link WebClient.Builder} (cloned, so the builder is left as it was; its filters,
     * observation registry and customizations apply) and settings.
     * @param builder the builder, e.g. Spring Boot's
     * @param settings where to connect and how
     * @return the client
     */
    public static LakeFSClient create(WebClient.Builder builder, LakeFSClientSettings settings) {
        return create(builder, settings, null, ObservationRegistry.NOOP);
    }

    /**
     * A client with its own HTTP connector (TLS, proxy, timeouts as the caller built them) and observations: one
     * {@code lakefs.client.requests} observation per call (low-cardinality {@code operation}, {@code method},
     * {@code outcome}, {@code status}; high-cardinality {@code path}) and one {@code lakefs.client.retries} per
     * retry.
     * @param builder the builder, e.g. Spring Boot's
     * @param settings where to connect and how
     * @param connector the connector to use, or {@code null} for Reactor Netty with the settings' timeouts
     * @param observations where to report observations
     * @return the client
     */
    public static LakeFSClient create(WebClient.Builder builder, LakeFSClientSettings settings,
            @Nullable ClientHttpConnector connector, ObservationRegistry observations) {
        return create(builder, settings, connector, observations, TransferListener.NONE);
    }

    /**
     * A client as {@link #create(WebClient.Builder, LakeFSClientSettings, ClientHttpConnector, ObservationRegistry)}
     * creates it, which also reports the bytes of object transfers.
     * @param builder the builder, e.g. Spring Boot's
     * @param settings where to connect and how
     * @param connector the connector to use, or {@code null} for Reactor Netty with the settings' timeouts
     * @param observations where to report observations
     * @param transfers told about object bytes as they move
     * @return the client
     */
    public static LakeFSClient create(WebClient.Builder builder, LakeFSClientSettings settings,
            @Nullable ClientHttpConnector connector, ObservationRegistry observations, TransferListener transfers) {
        return new LakeFSClient(new LakeFSHttp(builder, settings, connector, observations, transfers), settings);
    }

    /** @return the settings the client was created with */
    public LakeFSClientSettings settings() {
        return this.settings;
    }

    /** @return calls about the server: health, configuration, current user */
    public ServerApi server() {
        return this.server;
    }

    /** @return repository calls */
    public RepositoriesApi repositories() {
        return this.repositories;
    }

    /** @return branch calls, including commits, resets, reverts and uncommitted changes */
    public BranchesApi branches() {
        return this.branches;
    }

    /** @return tag calls */
    public TagsApi tags() {
        return this.tags;
    }

    /** @return calls on any ref: commits, log, diff, merge */
    public RefsApi refs() {
        return this.refs;
    }

    /** @return object calls */
    public ObjectsApi objects() {
        return this.objects;
    }

    /** @return direct-to-storage writes and presigned transfers */
    public StagingApi staging() {
        return this.staging;
    }

    /** @return import calls */
    public ImportApi imports() {
        return this.imports;
    }

    @Override
    public String toString() {
        return "LakeFSClient[" + this.settings.apiEndpoint() + "]";
    }

}
