package io.github.lakefsspring.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import org.reactivestreams.Publisher;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.resources.LoopResources;

import io.github.lakefsspring.embedded.server.actions.ActionsService;
import io.github.lakefsspring.embedded.server.api.ActionsApi;
import io.github.lakefsspring.embedded.server.api.GroupsApi;
import io.github.lakefsspring.embedded.server.api.ObjectApi;
import io.github.lakefsspring.embedded.server.api.PullRequestApi;
import io.github.lakefsspring.embedded.server.api.RefApi;
import io.github.lakefsspring.embedded.server.api.RepositoryApi;
import io.github.lakefsspring.embedded.server.api.ServerApi;
import io.github.lakefsspring.embedded.server.api.StagingApi;
import io.github.lakefsspring.embedded.server.api.UnsupportedOperations;
import io.github.lakefsspring.embedded.server.api.UsersApi;
import io.github.lakefsspring.embedded.server.auth.Authenticator;
import io.github.lakefsspring.embedded.server.auth.AwsIdentityVerifier;
import io.github.lakefsspring.embedded.server.auth.Credentials;
import io.github.lakefsspring.embedded.server.auth.Hmac;
import io.github.lakefsspring.embedded.server.auth.LoginTokens;
import io.github.lakefsspring.embedded.server.auth.ConfiguredUser;
import io.github.lakefsspring.embedded.server.auth.SecretSeal;
import io.github.lakefsspring.embedded.server.auth.UserDirectory;
import io.github.lakefsspring.embedded.server.gateway.GatewayRouting;
import io.github.lakefsspring.embedded.gateway.S3Gateway;
import io.github.lakefsspring.embedded.server.http.BodyLimits;
import io.github.lakefsspring.embedded.server.http.QueryParameters;
import io.github.lakefsspring.embedded.server.http.RequestDispatcher;
import io.github.lakefsspring.embedded.server.http.Route;
import io.github.lakefsspring.embedded.server.http.ResponseWriter;
import io.github.lakefsspring.embedded.server.http.Router;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.json.LakeFSJson;
import io.github.lakefsspring.embedded.server.presign.PresignSigner;
import io.github.lakefsspring.embedded.server.presign.PresignedObjectEndpoint;
import io.github.lakefsspring.embedded.store.Durability;
import io.github.lakefsspring.embedded.store.StoreSettings;
import io.github.lakefsspring.embedded.store.VersionedStore;
import io.github.lakefsspring.embedded.store.VersionedStores;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;

/**
 * A lakeFS-compatible server running inside this JVM: the REST API under {@code /api/v1} on one loopback port,
 * its data in a directory.
 *
 * <pre>{@code
 * try (EmbeddedLakeFSServer lakefs = EmbeddedLakeFSServer.builder().build().start()) {
 *     URI api = lakefs.apiEndpoint();          // http://127.0.0.1:<port>/api/v1
 * }
 * }</pre>
 *
 * <p>Defaults: a free port on 127.0.0.1, a temporary data directory deleted on {@link #close()}, lakeFS's
 * quickstart credentials, and the S3 blockstore emulation. Everything acknowledged survives a restart on the
 * same data directory.
 */
public final class EmbeddedLakeFSServer implements AutoCloseable {

    /** The access key id of lakeFS's quickstart installation, used unless another is configured. */
    public static final String QUICKSTART_ACCESS_KEY_ID = "AKIAIOSFOLQUICKSTART";

    /** The secret access key of lakeFS's quickstart installation, used unless another is configured. */
    public static final String QUICKSTART_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    /** The user the server authenticates requests as, and records as committer. */
    public static final String USER = "admin";

    /**
     * The name prefix of the server's own event-loop threads: it never shares an application's (a WebFlux
     * application's, or a reactive client's) event loops.
     */
    public static final String EVENT_LOOP_PREFIX = "lakefs-embedded-http";

    private static final Logger logger = LoggerFactory.getLogger(EmbeddedLakeFSServer.class);

    /** The longest request line: room for a 1,024-byte path fully percent-encoded plus a presigned query. */
    private static final int MAX_REQUEST_LINE = 16 * 1024;

    /** The most header bytes a request may carry, user metadata headers included. */
    private static final int MAX_HEADERS = 64 * 1024;

    /** The longest silence while a request body is being received, so that a stalled client frees its slot. */
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    /** How long an idle kept-alive connection stays open. */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);

    private final int requestedPort;

    private final String bindAddress;

    private final @Nullable Path configuredDataDirectory;

    private final Credentials credentials;

    private final BlockstoreType blockstoreType;

    private final Durability durability;

    private final boolean quickstartCredentialsOnNetwork;

    private final List<ConfiguredUser> configuredUsers;

    private final Duration loginTokenLifetime;

    private final List<AwsIdentityVerifier.Identity> awsIamIdentities;

    private final Map<String, String> webIdentities;

    private @Nullable Path dataDirectory;

    private @Nullable VersionedStore store;

    private @Nullable DisposableServer server;

    private @Nullable Scheduler blocking;

    private @Nullable LoopResources eventLoops;

    private List<Route> routes = List.of();

    private EmbeddedLakeFSServer(Builder builder) {
        this.requestedPort = builder.port;
        this.bindAddress = builder.bindAddress;
        this.configuredDataDirectory = builder.dataDirectory;
        this.credentials = new Credentials(builder.accessKeyId, builder.secretAccessKey);
        this.blockstoreType = builder.blockstoreType;
        this.durability = builder.durability;
        this.quickstartCredentialsOnNetwork = builder.quickstartCredentialsOnNetwork;
        List<ConfiguredUser> configured = new ArrayList<>();
        configured.add(new ConfiguredUser(USER, this.credentials));
        configured.addAll(builder.users);
        this.configuredUsers = checkedUsers(configured);
        this.loginTokenLifetime = builder.loginTokenLifetime;
        this.awsIamIdentities = List.copyOf(builder.awsIamIdentities);
        this.webIdentities = Map.copyOf(builder.webIdentities);
        Stream.concat(this.awsIamIdentities.stream().map(AwsIdentityVerifier.Identity::username),
                this.webIdentities.values().stream())
            .filter((name) -> this.configuredUsers.stream().noneMatch((user) -> user.username().equals(name)))
            .findFirst()
            .ifPresent((name) -> {
                throw new IllegalArgumentException("An AWS IAM or web identity logs in as user " + name
                        + ", which is not configured: add it with Builder.user (the first user is " + USER + ")");
            });
    }

    /** @return a builder with the defaults described on this class */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and opens the data directory; returns when requests are answered.
     * @return this server
     */
    public synchronized EmbeddedLakeFSServer start() {
        if (this.server != null) {
            return this;
        }
        checkExposure();
        try {
            this.dataDirectory = (this.configuredDataDirectory != null)
                    ? Files.createDirectories(this.configuredDataDirectory)
                    : Files.createTempDirectory("lakefs-embedded-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create the data directory", ex);
        }
        try {
            serve();
        }
        catch (RuntimeException | Error ex) {
            close();
            throw ex;
        }
        logger.debug("Embedded lakeFS listening on {} with data in {}", endpoint(), this.dataDirectory);
        return this;
    }

    /** Opens the store and binds the port; what a failure leaves open, {@link #close()} releases. */
    private void serve() {
        this.store = VersionedStores.open(new StoreSettings(this.dataDirectory, this.blockstoreType, this.durability));
        this.blocking = Schedulers.newBoundedElastic(Math.max(8, Runtime.getRuntime().availableProcessors() * 4),
                10_000, "lakefs-embedded-store", 60, true);
        Clock clock = Clock.systemUTC();
        String secret = this.credentials.secretAccessKey();
        LakeFSJson json = new LakeFSJson();
        ResponseWriter writer = new ResponseWriter(json, clock);
        PresignSigner signer = new PresignSigner(Hmac.derive(secret, "presign"), clock);
        UserDirectory users = UserDirectory.open(this.store, new SecretSeal(Hmac.derive(secret, "access-keys")), clock,
                this.configuredUsers);
        Authenticator authenticator = new Authenticator(users,
                new LoginTokens(Hmac.derive(secret, "login"), clock, this.loginTokenLifetime));
        BodyLimits bodyLimits = BodyLimits.forThisJvm();
        Routes routes = new Routes();
        new ServerApi(this.blockstoreType, authenticator, new AwsIdentityVerifier(this.awsIamIdentities, clock),
                this.webIdentities).register(routes);
        new RepositoryApi(this.store).register(routes);
        ActionsService actions = new ActionsService(this.store);
        new RefApi(this.store, actions).register(routes);
        new PullRequestApi(this.store, actions).register(routes);
        new UsersApi(users).register(routes);
        new GroupsApi(users).register(routes);
        new ActionsApi(this.store, actions).register(routes);
        new ObjectApi(this.store, this.blocking, signer).register(routes);
        new StagingApi(this.store, signer, Hmac.derive(secret, "staging")).register(routes);
        UnsupportedOperations.register(routes, routes.all());
        this.routes = routes.all();
        RequestDispatcher dispatcher = new RequestDispatcher(new Router(this.routes), authenticator, json,
                this.blocking, writer, new GatewayRouting(List.of(GatewayRouting.DEFAULT_DOMAIN)),
                gatewayEndpoint(new S3Gateway(this.store, this.blocking, this.credentials.accessKeyId(),
                        users::secretOf, users::permits, bodyLimits)),
                new PresignedObjectEndpoint(signer, this.store.blockstore(), this.blocking, writer), bodyLimits);
        this.eventLoops = LoopResources.create(EVENT_LOOP_PREFIX, 1, Math.max(2,
                Runtime.getRuntime().availableProcessors()), true);
        this.server = HttpServer.create()
            .runOn(this.eventLoops)
            .host(this.bindAddress)
            .port(this.requestedPort)
            .httpRequestDecoder((spec) -> spec.maxInitialLineLength(MAX_REQUEST_LINE).maxHeaderSize(MAX_HEADERS))
            .readTimeout(READ_TIMEOUT)
            .idleTimeout(IDLE_TIMEOUT)
            .handle(dispatcher)
            .bindNow(Duration.ofSeconds(10));
    }

    private static List<ConfiguredUser> checkedUsers(List<ConfiguredUser> users) {
        Set<String> names = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (ConfiguredUser user : users) {
            if (!names.add(user.username())) {
                throw new IllegalArgumentException("User " + user.username() + " is configured twice");
            }
            if (!keys.add(user.credentials().accessKeyId())) {
                throw new IllegalArgumentException("Access key id " + user.credentials().accessKeyId()
                        + " is configured for two users");
            }
        }
        return List.copyOf(users);
    }

    /**
     * Refuses to serve lakeFS's public quickstart credentials beyond this machine unless told to: anyone who can
     * reach the port would have full access with keys printed in lakeFS's documentation.
     */
    private void checkExposure() {
        if (!usesQuickstartCredentials() || isLoopback(this.bindAddress)) {
            return;
        }
        if (!this.quickstartCredentialsOnNetwork) {
            throw new IllegalStateException("Refusing to bind " + this.bindAddress + " with lakeFS's public quickstart "
                    + "credentials: anyone who can reach this address could read and change every repository. Set "
                    + "credentials of your own (--access-key-id/--secret-access-key, or Builder.credentials), bind "
                    + "127.0.0.1, or allow it explicitly (--allow-quickstart-credentials-on-network, or "
                    + "Builder.allowQuickstartCredentialsOnNetwork(true)).");
        }
        logger.warn("The embedded lakeFS listens on {} with lakeFS's PUBLIC quickstart credentials: anyone who can "
                + "reach this address can read and change every repository.", this.bindAddress);
    }

    /** @return whether the server authenticates with lakeFS's published quickstart key pair */
    public boolean usesQuickstartCredentials() {
        return this.credentials.accessKeyId().equals(QUICKSTART_ACCESS_KEY_ID)
                || this.credentials.secretAccessKey().equals(QUICKSTART_SECRET_ACCESS_KEY);
    }

    /** @return which lakeFS blockstore the server behaves as */
    public BlockstoreType blockstoreType() {
        return this.blockstoreType;
    }

    /** @return how far an acknowledged write survives */
    public Durability durability() {
        return this.durability;
    }

    /** @return whether the server listens on a loopback address only */
    public boolean isLoopbackOnly() {
        return isLoopback(this.bindAddress);
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        }
        catch (UnknownHostException ex) {
            return false;
        }
    }

    private static RequestDispatcher.ExtraEndpoint gatewayEndpoint(S3Gateway gateway) {
        return new RequestDispatcher.ExtraEndpoint() {

            @Override
            public boolean handles(String rawPath) {
                return true;
            }

            @Override
            public Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response, String rawPath,
                    QueryParameters query) {
                return gateway.serve(request, response);
            }

        };
    }

    /** @return the server's root URL, e.g. {@code http://127.0.0.1:8000} (the S3 gateway's endpoint) */
    public URI endpoint() {
        return URI.create("http://" + hostForUrl() + ":" + port());
    }

    /** @return the REST API's base URL, e.g. {@code http://127.0.0.1:8000/api/v1} */
    public URI apiEndpoint() {
        return URI.create(endpoint() + "/api/v1");
    }

    /** @return the port the server listens on */
    public int port() {
        DisposableServer running = requireRunning();
        return ((InetSocketAddress) running.address()).getPort();
    }

    /**
     * The REST operations this server serves, with their input rules and who may call them (operations of lakeFS it
     * does not implement are among them, answering 501): for tests that must cover every operation (a new one is
     * covered automatically) and for tools that list what is supported.
     * @return the routes, empty until started
     */
    public List<Route> routes() {
        return this.routes;
    }

    /** @return the access key id requests must authenticate with */
    public String accessKeyId() {
        return this.credentials.accessKeyId();
    }

    /** @return the secret access key requests must authenticate with */
    public String secretAccessKey() {
        return this.credentials.secretAccessKey();
    }

    /** @return the directory holding the server's data */
    public Path dataDirectory() {
        requireRunning();
        return Objects.requireNonNull(this.dataDirectory);
    }

    /**
     * The file an emulated storage URI maps to, so that tests and applications can place objects to import.
     * @param storageUri a URI such as {@code s3://bucket/path/object}
     * @return the file (which may not exist yet)
     */
    public Path storagePath(String storageUri) {
        requireRunning();
        return Objects.requireNonNull(this.store).blockstore().locate(storageUri);
    }

    /** Stops the server and, when it was temporary, deletes its data directory. */
    @Override
    public synchronized void close() {
        if (this.server != null) {
            this.server.disposeNow(Duration.ofSeconds(10));
            this.server = null;
        }
        if (this.eventLoops != null) {
            this.eventLoops.disposeLater().block(Duration.ofSeconds(10));
            this.eventLoops = null;
        }
        if (this.blocking != null) {
            this.blocking.dispose();
            this.blocking = null;
        }
        if (this.store != null) {
            this.store.close();
            this.store = null;
        }
        if (this.configuredDataDirectory == null && this.dataDirectory != null) {
            deleteRecursively(this.dataDirectory);
            this.dataDirectory = null;
        }
    }

    @Override
    public String toString() {
        return "EmbeddedLakeFSServer[" + ((this.server != null) ? endpoint() : "stopped") + ", blockstore="
                + this.blockstoreType.wireName() + "]";
    }

    private DisposableServer requireRunning() {
        DisposableServer running = this.server;
        if (running == null) {
            throw new IllegalStateException("The embedded lakeFS server is not running: call start() first");
        }
        return running;
    }

    private String hostForUrl() {
        return switch (this.bindAddress) {
            case "0.0.0.0", "::" -> "127.0.0.1";
            default -> this.bindAddress.contains(":") ? "[" + this.bindAddress + "]" : this.bindAddress;
        };
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
        }
        catch (IOException ex) {
            logger.debug("Could not delete {}", directory, ex);
        }
    }

    /**
     * Configures an {@link EmbeddedLakeFSServer}.
     */
    public static final class Builder {

        private int port;

        private String bindAddress = "127.0.0.1";

        private @Nullable Path dataDirectory;

        private String accessKeyId = QUICKSTART_ACCESS_KEY_ID;

        private String secretAccessKey = QUICKSTART_SECRET_ACCESS_KEY;

        private BlockstoreType blockstoreType = BlockstoreType.S3;

        private Durability durability = Durability.PROCESS;

        private boolean quickstartCredentialsOnNetwork;

        private final List<ConfiguredUser> users = new ArrayList<>();

        private Duration loginTokenLifetime = LoginTokens.LIFETIME;

        private final List<AwsIdentityVerifier.Identity> awsIamIdentities = new ArrayList<>();

        private final Map<String, String> webIdentities = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Another user, besides {@value #USER} (who has {@link #credentials}). A configured user that does not
         * exist yet is created in the {@code Admins} group; at every start it gets this key pair back.
         * @param username the user id, recorded as committer
         * @param accessKeyId the user's access key id
         * @param secretAccessKey the user's secret access key
         * @return this builder
         */
        public Builder user(String username, String accessKeyId, String secretAccessKey) {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("A user name must not be blank");
            }
            this.users.add(new ConfiguredUser(username, new Credentials(accessKeyId, secretAccessKey)));
            return this;
        }

        /**
         * How long a {@code POST /auth/login} token is valid; lakeFS's default of 7 days unless set. A short one
         * lets tests watch clients renew their tokens.
         * @param lifetime the lifetime, at least 1 second
         * @return this builder
         */
        public Builder loginTokenLifetime(Duration lifetime) {
            if (lifetime == null || lifetime.toSeconds() < 1) {
                throw new IllegalArgumentException("Login token lifetime " + lifetime
                        + " is invalid: it must be at least 1 second");
            }
            this.loginTokenLifetime = lifetime;
            return this;
        }

        /**
         * An AWS identity {@code POST /auth/external/principal/login} accepts: a presigned STS
         * {@code GetCallerIdentity} request signed with this AWS key pair logs in as the user.
         * @param awsAccessKeyId the AWS access key id
         * @param awsSecretAccessKey the AWS secret access key
         * @param username the lakeFS user it logs in as
         * @return this builder
         */
        public Builder awsIamIdentity(String awsAccessKeyId, String awsSecretAccessKey, String username) {
            Credentials aws = new Credentials(awsAccessKeyId, awsSecretAccessKey);
            this.awsIamIdentities.add(new AwsIdentityVerifier.Identity(aws.accessKeyId(), aws.secretAccessKey(),
                    username));
            return this;
        }

        /**
         * An OpenID Connect authorization code {@code POST /sts/login} accepts, standing in for an identity
         * provider.
         * @param code the code
         * @param username the lakeFS user it logs in as
         * @return this builder
         */
        public Builder webIdentity(String code, String username) {
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("A web identity code must not be blank");
            }
            this.webIdentities.put(code, username);
            return this;
        }

        /**
         * How far acknowledged writes survive: {@link Durability#PROCESS} (the default: a killed process loses
         * nothing acknowledged) or {@link Durability#FSYNC} (a power loss neither, at the cost of a sync per write).
         * @param durability the durability
         * @return this builder
         */
        public Builder durability(Durability durability) {
            this.durability = Objects.requireNonNull(durability, "durability");
            return this;
        }

        /**
         * Whether the server may listen on an address other machines reach while it uses lakeFS's public
         * quickstart credentials; refused by default, and loudly warned about when allowed.
         * @param allowed whether to allow it
         * @return this builder
         */
        public Builder allowQuickstartCredentialsOnNetwork(boolean allowed) {
            this.quickstartCredentialsOnNetwork = allowed;
            return this;
        }

        /**
         * The port to listen on; 0 (the default) picks a free one.
         * @param port the port
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port " + port + " is invalid: it must be between 0 and 65535");
            }
            this.port = port;
            return this;
        }

        /**
         * The address to bind; 127.0.0.1 by default, so that only this machine can connect.
         * @param address the address
         * @return this builder
         */
        public Builder bindAddress(String address) {
            this.bindAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * The directory to keep data in, kept on close; a temporary one, deleted on close, when {@code null}.
         * @param directory the directory
         * @return this builder
         */
        public Builder dataDirectory(@Nullable Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        /**
         * The credentials requests must authenticate with; lakeFS's quickstart pair by default.
         * @param accessKeyId the access key id
         * @param secretAccessKey the secret access key
         * @return this builder
         */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            if (accessKeyId == null || accessKeyId.isBlank() || secretAccessKey == null || secretAccessKey.isBlank()) {
                throw new IllegalArgumentException("Access key id and secret access key must both be non-blank");
            }
            this.accessKeyId = accessKeyId;
            this.secretAccessKey = secretAccessKey;
            return this;
        }

        /**
         * Which lakeFS blockstore the server behaves as: {@link BlockstoreType#S3} (the default: storage
         * namespaces of any scheme, presigned URLs) or {@link BlockstoreType#LOCAL} ({@code local://} only, no
         * presigned URLs).
         * @param type the blockstore type
         * @return this builder
         */
        public Builder blockstoreType(BlockstoreType type) {
            this.blockstoreType = Objects.requireNonNull(type, "type");
            return this;
        }

        /** @return a server, not yet started */
        public EmbeddedLakeFSServer build() {
            return new EmbeddedLakeFSServer(this);
        }

    }

}
