package io.github.lakefsspring.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.client.auth.LakeFSLogin;
import io.github.lakefsspring.client.http.ActionsExchange;
import io.github.lakefsspring.client.http.AuthAdminExchange;
import io.github.lakefsspring.client.http.AuthExchange;
import io.github.lakefsspring.client.http.BranchExchange;
import io.github.lakefsspring.client.http.ImportExchange;
import io.github.lakefsspring.client.http.ObjectExchange;
import io.github.lakefsspring.client.http.PullRequestExchange;
import io.github.lakefsspring.client.http.RefExchange;
import io.github.lakefsspring.client.http.RepositoryExchange;
import io.github.lakefsspring.client.http.ServerExchange;
import io.github.lakefsspring.client.http.StagingExchange;
import io.github.lakefsspring.client.http.TagExchange;
import io.github.lakefsspring.client.observation.LakeFSClientObservationConvention;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.converter.ByteArrayHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

/**
 * The lakeFS REST API, grouped by lakeFS area as lakeFS's own API documentation is: {@link #repositories()},
 * {@link #branches()}, {@link #tags()}, {@link #refs()}, {@link #objects()}, {@link #staging()}, {@link #imports()},
 * {@link #actions()}, {@link #pullRequests()}, {@link #auth()} and {@link #server()}.
 *
 * <p>Calls block until lakeFS answers and return immutable records; object bodies stream in both directions. The
 * JSON calls are Spring HTTP interface clients on a {@link RestClient}, by default over Apache HttpClient 5 (I/O on
 * the caller's thread). Every call takes one path: observed, retried when it is safe to repeat, and its failures
 * mapped to {@link LakeFSServerException} subclasses or a {@link LakeFSNetworkException}. Thread-safe; one instance
 * per lakeFS server is enough. Closing it releases the connections it opened.
 *
 * <pre>{@code
 * try (LakeFSClient lakefs = LakeFSClient.create(LakeFSClientSettings.of("http://localhost:8000", key, secret))) {
 *     lakefs.branches().create("repo", "feature", "main", false);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class LakeFSClient implements AutoCloseable {

    private static final String CLIENT_HEADER = "X-Lakefs-Client";

    private final LakeFSClientSettings settings;

    private final ServerApi server;

    private final RepositoriesApi repositories;

    private final BranchesApi branches;

    private final TagsApi tags;

    private final RefsApi refs;

    private final ObjectsApi objects;

    private final StagingApi staging;

    private final ImportApi imports;

    private final ActionsApi actions;

    private final PullRequestsApi pullRequests;

    private final AuthApi auth;

    private final LakeFSLogin login;

    private final List<AutoCloseable> owned;

    private final ObservationRegistry observationRegistry;

    private LakeFSClient(Builder builder) {
        this.settings = builder.settings;
        ClientHttpRequestFactory apiFactory = builder.requestFactory;
        ClientHttpRequestFactory transferFactory = builder.transferRequestFactory;
        if (apiFactory == null || transferFactory == null) {
            LakeFSHttpClients.Factories factories = LakeFSHttpClients.create(this.settings);
            apiFactory = factories.api();
            transferFactory = factories.transfers();
            this.owned = List.of(factories.owner());
        }
        else {
            this.owned = closeables(apiFactory, transferFactory);
        }
        this.observationRegistry = builder.observationRegistry;
        JsonMapper json = jsonMapper();
        LakeFSErrorDecoder errors = new LakeFSErrorDecoder(this.settings.apiEndpoint(), json);
        LakeFSCalls calls = new LakeFSCalls(this.settings, builder.observationRegistry, builder.observationConvention,
                errors);
        RestClient anonymous = lakefs(builder.restClientBuilder.clone(), apiFactory, json, errors, null).build();
        LoginCalls login = new LoginCalls(URI.create(this.settings.endpoint().trim()), calls.wrap(AuthExchange.class,
                ExchangeOperation.proxyFactory(RestClientAdapter.create(anonymous))
                    .createClient(AuthExchange.class)), Clock.systemUTC());
        this.login = login;
        CredentialsCache credentials = new CredentialsCache(this.settings.credentials(), login, Clock.systemUTC());
        calls.replayRejectedWith(credentials);
        RestClient api = lakefs(builder.restClientBuilder.clone(), apiFactory, json, errors, credentials).build();
        RestClient transfers = lakefs(streaming(builder.restClientBuilder), transferFactory, json, errors,
                credentials).build();
        RestClient storage = RestClient.builder()
            .requestFactory(transferFactory)
            .requestInitializer(LakeFSClient::recordRequest)
            .build();
        ObjectTransfers objectTransfers = new ObjectTransfers(transfers, storage, calls, errors,
                builder.transferListener, this.settings.transferTimeout());
        HttpServiceProxyFactory proxies = ExchangeOperation.proxyFactory(RestClientAdapter.create(api));
        this.server = new ServerApi(calls.wrap(ServerExchange.class, proxies.createClient(ServerExchange.class)));
        this.repositories = new RepositoriesApi(calls.wrap(RepositoryExchange.class,
                proxies.createClient(RepositoryExchange.class)));
        this.branches = new BranchesApi(calls.wrap(BranchExchange.class, proxies.createClient(BranchExchange.class)));
        this.tags = new TagsApi(calls.wrap(TagExchange.class, proxies.createClient(TagExchange.class)));
        this.refs = new RefsApi(calls.wrap(RefExchange.class, proxies.createClient(RefExchange.class)));
        this.objects = new ObjectsApi(calls.wrap(ObjectExchange.class, proxies.createClient(ObjectExchange.class)),
                objectTransfers);
        this.staging = new StagingApi(calls.wrap(StagingExchange.class, proxies.createClient(StagingExchange.class)),
                objectTransfers);
        this.imports = new ImportApi(calls.wrap(ImportExchange.class, proxies.createClient(ImportExchange.class)));
        this.actions = new ActionsApi(calls.wrap(ActionsExchange.class, proxies.createClient(ActionsExchange.class)));
        this.pullRequests = new PullRequestsApi(calls.wrap(PullRequestExchange.class,
                proxies.createClient(PullRequestExchange.class)));
        this.auth = new AuthApi(calls.wrap(AuthAdminExchange.class, proxies.createClient(AuthAdminExchange.class)));
    }

    /** @return the JSON mapping of lakeFS's answers: tolerant of fields and nulls newer servers add */
    static JsonMapper jsonMapper() {
        return JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    }

    /**
     * Configures a client's RestClient for lakeFS: base URL, strict encoding, credentials (none for the login
     * operations), own JSON, errors.
     */
    private RestClient.Builder lakefs(RestClient.Builder builder, ClientHttpRequestFactory factory, JsonMapper json,
            LakeFSErrorDecoder errors, @Nullable CredentialsCache credentials) {
        List<HttpMessageConverter<?>> converters = List.of(new ByteArrayHttpMessageConverter(),
                new StringHttpMessageConverter(StandardCharsets.UTF_8), new JacksonJsonHttpMessageConverter(json));
        String userAgent = ClientVersion.userAgent();
        return builder.requestFactory(factory)
            .uriBuilderFactory(new LakeFSUriBuilderFactory(this.settings.apiEndpoint().toString()))
            .messageConverters(converters)
            .defaultStatusHandler((status) -> status.isError(), errors)
            .requestInitializer((request) -> {
                request.getHeaders().set(CLIENT_HEADER, userAgent);
                CallContext call = recordRequest(request);
                if (credentials != null) {
                    String authorization = credentials.authorization();
                    request.getHeaders().set(HttpHeaders.AUTHORIZATION, authorization);
                    if (call != null) {
                        call.authorizedWith(authorization);
                    }
                }
            });
    }

    /**
     * A copy of the builder whose requests stream their bodies: Spring buffers every body a request interceptor or
     * buffering predicate could see, so an intercepted builder is replaced by a plain one for transfers.
     */
    private static RestClient.Builder streaming(RestClient.Builder builder) {
        boolean[] intercepted = { false };
        builder.clone().requestInterceptors((interceptors) -> intercepted[0] = !interceptors.isEmpty());
        return (intercepted[0] ? RestClient.builder() : builder.clone()).bufferContent((uri, method) -> false);
    }

    /** @return the call the request belongs to, if any, now knowing the request's URI */
    private static @Nullable CallContext recordRequest(HttpRequest request) {
        CallContext call = CallContext.current();
        if (call != null) {
            call.sent(request::getURI);
        }
        return call;
    }

    private static List<AutoCloseable> closeables(ClientHttpRequestFactory... factories) {
        List<AutoCloseable> closeables = new ArrayList<>();
        for (ClientHttpRequestFactory factory : factories) {
            if (factory instanceof AutoCloseable closeable) {
                closeables.add(closeable);
            }
            else if (factory instanceof DisposableBean disposable) {
                closeables.add(disposable::destroy);
            }
        }
        return List.copyOf(closeables);
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
     * @return a client on its own Apache HttpClient 5 connection pool, without observations
     */
    public static LakeFSClient create(LakeFSClientSettings settings) {
        return builder(settings).build();
    }

    /** @return the settings the client was created with */
    public LakeFSClientSettings settings() {
        return this.settings;
    }

    /** @return the registry the client's calls are observed in ({@link ObservationRegistry#NOOP} when none) */
    public ObservationRegistry observationRegistry() {
        return this.observationRegistry;
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

    /**
     * lakeFS's login operations, sent without credentials: for example to turn an access key pair into a token for
     * another tool ({@code login().login(accessKeyId, secretAccessKey).value()}).
     * @return the login operations
     */
    public LakeFSLogin login() {
        return this.login;
    }

    /** @return lakeFS Actions calls: hook runs and their logs */
    public ActionsApi actions() {
        return this.actions;
    }

    /** @return pull request calls */
    public PullRequestsApi pullRequests() {
        return this.pullRequests;
    }

    /** @return authorization administration: users, access keys, groups, policies, ACLs, external principals */
    public AuthApi auth() {
        return this.auth;
    }

    /** Releases the connections of the pool the client created (none when the caller supplied the transport). */
    @Override
    public void close() {
        this.owned.forEach(LakeFSHttpClients::close);
    }

    @Override
    public String toString() {
        return "LakeFSClient[" + this.settings.apiEndpoint() + "]";
    }

    /**
     * Builds a {@link LakeFSClient}.
     */
    public static final class Builder {

        private final LakeFSClientSettings settings;

        private RestClient.Builder restClientBuilder = RestClient.builder();

        private @Nullable ClientHttpRequestFactory requestFactory;

        private @Nullable ClientHttpRequestFactory transferRequestFactory;

        private ObservationRegistry observationRegistry = ObservationRegistry.NOOP;

        private @Nullable LakeFSClientObservationConvention observationConvention;

        private TransferListener transferListener = TransferListener.NONE;

        private Builder(LakeFSClientSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /**
         * The RestClient builder to start from, e.g. Spring Boot's (cloned, so it is left as it was): its default
         * headers, request initializers, observation registry and interceptors apply to lakeFS calls; its message
         * converters are replaced by the client's own JSON mapping. Object transfers stream, so a builder with
         * interceptors (Spring would hold every body in memory for them) is not used for them: they then get the
         * client's credentials and transport only.
         * @param builder the builder
         * @return this builder
         */
        public Builder restClientBuilder(RestClient.Builder builder) {
            this.restClientBuilder = Objects.requireNonNull(builder, "builder");
            return this;
        }

        /**
         * The transport, instead of the client's own Apache HttpClient 5 pool: one factory for API calls (whose read
         * timeout bounds their answers) and one for object transfers (whose read timeout bounds their silence); both
         * may share one connection pool. The client closes them when it is closed.
         * @param api the factory for API calls
         * @param transfers the factory for object transfers
         * @return this builder
         */
        public Builder requestFactories(ClientHttpRequestFactory api, ClientHttpRequestFactory transfers) {
            this.requestFactory = Objects.requireNonNull(api, "api");
            this.transferRequestFactory = Objects.requireNonNull(transfers, "transfers");
            return this;
        }

        /**
         * Where to report observations: one {@code lakefs.client.requests} per call and one
         * {@code lakefs.client.retries} per retry (see {@code LakeFSClientObservation}).
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
         * Told about object bytes as they move.
         * @param listener the listener
         * @return this builder
         */
        public Builder transferListener(TransferListener listener) {
            this.transferListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the client */
        public LakeFSClient build() {
            return new LakeFSClient(this);
        }

    }

}
