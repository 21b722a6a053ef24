package io.github.lakefsspring.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import io.micrometer.observation.ObservationRegistry;
import io.netty.channel.ChannelOption;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.client.http.ReactiveAuthExchange;
import io.github.lakefsspring.client.http.ReactiveBranchExchange;
import io.github.lakefsspring.client.http.ReactiveObjectExchange;
import io.github.lakefsspring.client.http.ReactivePullRequestExchange;
import io.github.lakefsspring.client.http.ReactiveRefExchange;
import io.github.lakefsspring.client.http.ReactiveRepositoryExchange;
import io.github.lakefsspring.client.http.ReactiveServerExchange;
import io.github.lakefsspring.client.http.ReactiveTagExchange;
import io.github.lakefsspring.client.observation.LakeFSClientObservationConvention;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.ClientHttpConnector;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.http.codec.json.JacksonJsonEncoder;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * The lakeFS REST API for reactive applications: {@link #repositories()}, {@link #branches()}, {@link #tags()},
 * {@link #refs()}, {@link #objects()}, {@link #pullRequests()} and {@link #server()} return {@code Mono} and {@code Flux}, listings stream
 * page by page as they are consumed, and object bytes move as {@code Flux<DataBuffer>}.
 *
 * <p>Built on a {@link WebClient} (Spring Boot's {@code WebClient.Builder}, with the application's
 * {@code WebClientCustomizer}s, when auto-configured), by default over Reactor Netty. Calls take the same path as
 * {@link LakeFSClient}'s: the same observations, the same retry policy (waiting on Reactor's timer, never on an
 * event loop), the same exceptions. Nothing happens until a call is subscribed; each subscription is a new request.
 * Covers the calls of everyday data work; {@link LakeFSClient} has the rest.
 *
 * <pre>{@code
 * ReactiveLakeFSClient lakefs = ReactiveLakeFSClient.create(LakeFSClientSettings.of(endpoint, key, secret));
 * Flux<String> paths = lakefs.objects().list("repo", "main", "tables/").map(ObjectStats::path);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReactiveLakeFSClient {

    /**
     * The largest JSON answer held in memory: lakeFS's pages, at most 1000 entries, whatever their user metadata.
     */
    public static final int MAX_JSON_ANSWER = 32 * 1024 * 1024;

    private static final String CLIENT_HEADER = "X-Lakefs-Client";

    private final LakeFSClientSettings settings;

    private final ReactiveServerApi server;

    private final ReactiveRepositoriesApi repositories;

    private final ReactiveBranchesApi branches;

    private final ReactiveTagsApi tags;

    private final ReactivePullRequestsApi pullRequests;

    private final ReactiveRefsApi refs;

    private final ReactiveObjectsApi objects;

    private ReactiveLakeFSClient(Builder builder) {
        this.settings = builder.settings;
        JsonMapper json = LakeFSClient.jsonMapper();
        LakeFSErrorDecoder errors = new LakeFSErrorDecoder(this.settings.apiEndpoint(), json);
        ReactiveLakeFSCalls calls = new ReactiveLakeFSCalls(this.settings, builder.observationRegistry,
                builder.observationConvention, errors);
        ClientHttpConnector connector = (builder.connector != null) ? builder.connector : connector(this.settings);
        String userAgent = ClientVersion.userAgent();
        WebClient.Builder lakefs = builder.webClientBuilder.clone()
            .uriBuilderFactory(new LakeFSUriBuilderFactory(this.settings.apiEndpoint().toString()))
            .clientConnector(connector)
            .codecs((codecs) -> {
                codecs.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(json));
                codecs.defaultCodecs().jacksonJsonEncoder(new JacksonJsonEncoder(json));
                codecs.defaultCodecs().maxInMemorySize(MAX_JSON_ANSWER);
            })
            .defaultHeaders((headers) -> headers.set(CLIENT_HEADER, userAgent))
            .defaultStatusHandler(HttpStatusCode::isError, calls::decode)
            .filter(calls.recordingUris());
        ReactiveAuthExchange anonymous = calls.wrap(ReactiveAuthExchange.class,
                ExchangeOperation.proxyFactory(WebClientAdapter.create(lakefs.clone().build()))
                    .createClient(ReactiveAuthExchange.class));
        Duration loginBound = this.settings.connectTimeout()
            .plus(this.settings.readTimeout())
            .plus(this.settings.retry().maxDelay())
            .multipliedBy(this.settings.retry().maxAttempts());
        CredentialsCache credentials = new CredentialsCache(this.settings.credentials(),
                new LoginCalls(URI.create(this.settings.endpoint().trim()), LoginCalls.blocking(anonymous, loginBound),
                        Clock.systemUTC()),
                Clock.systemUTC());
        WebClient web = lakefs.filter(new AuthorizingFilter(credentials)).build();
        HttpServiceProxyFactory proxies = ExchangeOperation.proxyFactory(WebClientAdapter.create(web));
        this.server = new ReactiveServerApi(calls.wrap(ReactiveServerExchange.class,
                proxies.createClient(ReactiveServerExchange.class)));
        this.repositories = new ReactiveRepositoriesApi(calls.wrap(ReactiveRepositoryExchange.class,
                proxies.createClient(ReactiveRepositoryExchange.class)));
        this.branches = new ReactiveBranchesApi(calls.wrap(ReactiveBranchExchange.class,
                proxies.createClient(ReactiveBranchExchange.class)));
        this.tags = new ReactiveTagsApi(calls.wrap(ReactiveTagExchange.class,
                proxies.createClient(ReactiveTagExchange.class)));
        this.pullRequests = new ReactivePullRequestsApi(calls.wrap(ReactivePullRequestExchange.class,
                proxies.createClient(ReactivePullRequestExchange.class)));
        this.refs = new ReactiveRefsApi(calls.wrap(ReactiveRefExchange.class,
                proxies.createClient(ReactiveRefExchange.class)));
        this.objects = new ReactiveObjectsApi(calls.wrap(ReactiveObjectExchange.class,
                proxies.createClient(ReactiveObjectExchange.class)), new ReactiveObjectTransfers(web, calls,
                        builder.transferListener, this.settings.transferTimeout()));
    }

    /**
     * Reactor Netty with the settings' connect timeout, for API calls their read timeout, and the transfer timeout
     * as the bound of a blocked write.
     */
    private static ClientHttpConnector connector(LakeFSClientSettings settings) {
        return new ReactorClientHttpConnector(LakeFSReactorClients.configure(HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
            .responseTimeout(settings.readTimeout()), settings.transferTimeout()));
    }

    /**
     * @param settings where to connect and how
     * @return a builder of a client with these settings
     */
    public static Builder builder(LakeFSClientSettings settings) {
        return new Builder(settings);
    }

    /**
     * @param settings where to connect and how
     * @return a client on Reactor Netty's shared resources, without observations
     */
    public static ReactiveLakeFSClient create(LakeFSClientSettings settings) {
        return builder(settings).build();
    }

    /** @return the settings the client was created with */
    public LakeFSClientSettings settings() {
        return this.settings;
    }

    /** @return calls about the server: health, configuration, current user */
    public ReactiveServerApi server() {
        return this.server;
    }

    /** @return repository calls */
    public ReactiveRepositoriesApi repositories() {
        return this.repositories;
    }

    /** @return branch calls, including commits and uncommitted changes */
    public ReactiveBranchesApi branches() {
        return this.branches;
    }

    /** @return tag calls */
    public ReactiveTagsApi tags() {
        return this.tags;
    }

    /** @return pull request calls */
    public ReactivePullRequestsApi pullRequests() {
        return this.pullRequests;
    }

    /** @return calls on any ref: commits, log, diff, merge */
    public ReactiveRefsApi refs() {
        return this.refs;
    }

    /** @return object calls, bytes included */
    public ReactiveObjectsApi objects() {
        return this.objects;
    }

    @Override
    public String toString() {
        return "ReactiveLakeFSClient[" + this.settings.apiEndpoint() + "]";
    }

    /**
     * Builds a {@link ReactiveLakeFSClient}.
     */
    public static final class Builder {

        private final LakeFSClientSettings settings;

        private WebClient.Builder webClientBuilder = WebClient.builder();

        private @Nullable ClientHttpConnector connector;

        private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

        private @Nullable LakeFSClientObservationConvention observationConvention;

        private TransferListener transferListener = TransferListener.NONE;

        private Builder(LakeFSClientSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /**
         * The WebClient builder to start from, e.g. Spring Boot's (cloned, so it is left as it was): its default
         * headers, filters and observation registry apply to lakeFS calls; its base URL, codecs and connector are
         * replaced by the client's own.
         * @param builder the builder
         * @return this builder
         */
        public Builder webClientBuilder(WebClient.Builder builder) {
            this.webClientBuilder = Objects.requireNonNull(builder, "builder");
            return this;
        }

        /**
         * The transport, instead of Reactor Netty with the settings' timeouts. Object transfers set their own
         * answer timeout (the transfer timeout) when the connector is Reactor Netty's.
         * @param connector the connector
         * @return this builder
         */
        public Builder connector(ClientHttpConnector connector) {
            this.connector = Objects.requireNonNull(connector, "connector");
            return this;
        }

        /**
         * Where to report observations, as {@link LakeFSClient.Builder#observationRegistry} does.
         * @param registry the registry
         * @return this builder
         */
        public Builder observationRegistry(ObservationRegistry registry) {
            this.observationRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /**
         * A convention replacing the default names and tags of call observations.
         * @param convention the convention
         * @return this builder
         */
        public Builder observationConvention(@Nullable LakeFSClientObservationConvention convention) {
            this.observationConvention = convention;
            return this;
        }

        /**
         * Told about object bytes as they move (on event-loop threads: it must not block).
         * @param listener the listener
         * @return this builder
         */
        public Builder transferListener(TransferListener listener) {
            this.transferListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the client */
        public ReactiveLakeFSClient build() {
            return new ReactiveLakeFSClient(this);
        }

    }

}
