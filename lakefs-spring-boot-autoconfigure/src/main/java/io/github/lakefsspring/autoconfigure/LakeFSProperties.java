package io.github.lakefsspring.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.core.RepositoryTemplate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Configuration properties for lakeFS, under {@code lakefs}.
 *
 * <p>Where the endpoint and credentials are not set here, they come from the lakectl environment
 * variables, then the lakectl configuration file, then an embedded server; see
 * {@link LakeFSConnectionDetails}.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("lakefs")
public class LakeFSProperties {

    /**
     * URL of the lakeFS server, e.g. 'https://lakefs.example.com'. The REST API is expected under
     * '/api/v1' unless the URL has a path of its own, as lakectl does.
     */
    private @Nullable String endpoint;

    /**
     * Access key id to authenticate with.
     */
    private @Nullable String accessKeyId;

    /**
     * Secret access key to authenticate with. Never logged or shown.
     */
    private @Nullable String secretAccessKey;

    /**
     * lakeFS token to authenticate with (HTTP bearer), obtained elsewhere; wins over keys and providers. Never
     * logged or shown.
     */
    private @Nullable String sessionToken;

    /**
     * How to authenticate beyond a session token and access keys.
     */
    private final Credentials credentials = new Credentials();

    /**
     * Repository that the BranchTemplate and @LakeFSTransactional use when none is named.
     */
    private @Nullable String defaultRepository;

    /**
     * Repositories to bring about at startup (repositories as code): created when missing, with their branches,
     * branch protection, garbage collection rules and metadata.
     */
    private List<DeclaredRepository> repositories = new ArrayList<>();

    /**
     * How the declared repositories are brought about.
     */
    private final Provisioning provisioning = new Provisioning();

    /**
     * Branch that the BranchTemplate and @LakeFSTransactional use when none is named.
     */
    private String defaultBranch = "main";

    /**
     * Time to wait for a connection to the lakeFS server. Defaults to 'spring.http.clients.connect-timeout', else
     * 10 seconds.
     */
    private @Nullable Duration connectTimeout;

    /**
     * Time the response to an API call may stay silent before the call fails. Defaults to
     * 'spring.http.clients.read-timeout', else 60 seconds.
     */
    private @Nullable Duration readTimeout;

    /**
     * Time an object upload or download may stay silent before it fails. A transfer that keeps moving is never
     * limited in total.
     */
    private Duration transferTimeout = Duration.ofMinutes(5);

    /**
     * Whether to call lakeFS once at startup and fail the startup, naming the endpoint and the reason, when it
     * cannot be reached or refuses the credentials.
     */
    private boolean startupCheck;

    private final Presign presign = new Presign();

    private final Health health = new Health();

    private final Transactions transactions = new Transactions();

    private final Retry retry = new Retry();

    private final Ssl ssl = new Ssl();

    private final Proxy proxy = new Proxy();

    private final S3 s3 = new S3();

    private final Lakectl lakectl = new Lakectl();

    private final Embedded embedded = new Embedded();

    public @Nullable String getEndpoint() {
        return this.endpoint;
    }

    public void setEndpoint(@Nullable String endpoint) {
        this.endpoint = endpoint;
    }

    public @Nullable String getAccessKeyId() {
        return this.accessKeyId;
    }

    public void setAccessKeyId(@Nullable String accessKeyId) {
        this.accessKeyId = accessKeyId;
    }

    public @Nullable String getSecretAccessKey() {
        return this.secretAccessKey;
    }

    public void setSecretAccessKey(@Nullable String secretAccessKey) {
        this.secretAccessKey = secretAccessKey;
    }

    public @Nullable String getDefaultRepository() {
        return this.defaultRepository;
    }

    public void setDefaultRepository(@Nullable String defaultRepository) {
        this.defaultRepository = defaultRepository;
    }

    public String getDefaultBranch() {
        return this.defaultBranch;
    }

    public void setDefaultBranch(String defaultBranch) {
        this.defaultBranch = defaultBranch;
    }

    public @Nullable Duration getConnectTimeout() {
        return this.connectTimeout;
    }

    public void setConnectTimeout(@Nullable Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public @Nullable Duration getReadTimeout() {
        return this.readTimeout;
    }

    public void setReadTimeout(@Nullable Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Duration getTransferTimeout() {
        return this.transferTimeout;
    }

    public void setTransferTimeout(Duration transferTimeout) {
        this.transferTimeout = transferTimeout;
    }

    public boolean isStartupCheck() {
        return this.startupCheck;
    }

    public void setStartupCheck(boolean startupCheck) {
        this.startupCheck = startupCheck;
    }

    public Presign getPresign() {
        return this.presign;
    }

    public Health getHealth() {
        return this.health;
    }

    public Transactions getTransactions() {
        return this.transactions;
    }

    public Retry getRetry() {
        return this.retry;
    }

    public Ssl getSsl() {
        return this.ssl;
    }

    public Proxy getProxy() {
        return this.proxy;
    }

    public S3 getS3() {
        return this.s3;
    }

    public Lakectl getLakectl() {
        return this.lakectl;
    }

    public List<DeclaredRepository> getRepositories() {
        return this.repositories;
    }

    public void setRepositories(List<DeclaredRepository> repositories) {
        this.repositories = repositories;
    }

    public Provisioning getProvisioning() {
        return this.provisioning;
    }

    public @Nullable String getSessionToken() {
        return this.sessionToken;
    }

    public void setSessionToken(@Nullable String sessionToken) {
        this.sessionToken = sessionToken;
    }

    public Credentials getCredentials() {
        return this.credentials;
    }

    public Embedded getEmbedded() {
        return this.embedded;
    }

    /** Keeps the secret out of logs and diagnostics. */
    @Override
    public String toString() {
        return "LakeFSProperties[endpoint=" + this.endpoint + ", accessKeyId=" + this.accessKeyId
                + ", secretAccessKey=" + ((this.secretAccessKey != null) ? "******" : null) + ", sessionToken="
                + ((this.sessionToken != null) ? "******" : null) + ", credentials.provider="
                + this.credentials.getProvider() + ", defaultRepository="
                + this.defaultRepository + ", defaultBranch=" + this.defaultBranch + "]";
    }

    /**
     * When the high-level API moves object bytes through presigned URLs, straight between the application and the
     * object store.
     */
    public static class Presign {

        /**
         * Smallest object an upload sends through a presigned URL when the write's options leave the choice open and
         * the server's storage supports presigning; smaller objects take lakeFS's direct path, one request instead of
         * three. 0 presigns every such upload.
         */
        private DataSize threshold = RepositoryTemplate.DEFAULT_PRESIGN_THRESHOLD;

        public DataSize getThreshold() {
            return this.threshold;
        }

        public void setThreshold(DataSize threshold) {
            this.threshold = threshold;
        }

    }

    /**
     * Retries of calls that are safe to repeat (reads, deletes, replayable uploads) after a connection failure,
     * 429, 502, 503, 504 or lakeFS's "branch is locked" answer. Commits, merges, reverts, cherry-picks and
     * import starts are never retried.
     */
    public static class Retry {

        /**
         * Attempts in total, including the first; 1 disables retries.
         */
        private int maxAttempts = 4;

        /**
         * Delay before the first retry.
         */
        private Duration initialDelay = Duration.ofMillis(100);

        /**
         * Factor by which each delay grows.
         */
        private double multiplier = 2.0;

        /**
         * Longest delay between attempts.
         */
        private Duration maxDelay = Duration.ofSeconds(5);

        /**
         * Random variation added to each delay, so that clients do not retry in step.
         */
        private Duration jitter = Duration.ofMillis(50);

        public int getMaxAttempts() {
            return this.maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialDelay() {
            return this.initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public double getMultiplier() {
            return this.multiplier;
        }

        public void setMultiplier(double multiplier) {
            this.multiplier = multiplier;
        }

        public Duration getMaxDelay() {
            return this.maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public Duration getJitter() {
            return this.jitter;
        }

        public void setJitter(Duration jitter) {
            this.jitter = jitter;
        }

    }

    /**
     * TLS towards lakeFS.
     */
    public static class Ssl {

        /**
         * Name of the SSL bundle (spring.ssl.bundle.*) whose trust material and key verify the lakeFS server,
         * e.g. a company CA in a PEM bundle.
         */
        private @Nullable String bundle;

        /**
         * Whether to verify the server's certificate. 'false' trusts any certificate and is for development
         * only; a warning is logged at every startup.
         */
        private boolean verify = true;

        public @Nullable String getBundle() {
            return this.bundle;
        }

        public void setBundle(@Nullable String bundle) {
            this.bundle = bundle;
        }

        public boolean isVerify() {
            return this.verify;
        }

        public void setVerify(boolean verify) {
            this.verify = verify;
        }

    }

    /**
     * An HTTP proxy between the application and lakeFS.
     */
    public static class Proxy {

        /**
         * Proxy host; no proxy when not set.
         */
        private @Nullable String host;

        /**
         * Proxy port.
         */
        private int port = 8080;

        /**
         * User name for the proxy, if it requires authentication.
         */
        private @Nullable String username;

        /**
         * Password for the proxy. Never logged or shown.
         */
        private @Nullable String password;

        /**
         * Hosts reached directly, as a Java regular expression, e.g. 'localhost|.*\\.internal'.
         */
        private @Nullable String nonProxyHosts;

        public @Nullable String getHost() {
            return this.host;
        }

        public void setHost(@Nullable String host) {
            this.host = host;
        }

        public int getPort() {
            return this.port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public @Nullable String getUsername() {
            return this.username;
        }

        public void setUsername(@Nullable String username) {
            this.username = username;
        }

        public @Nullable String getPassword() {
            return this.password;
        }

        public void setPassword(@Nullable String password) {
            this.password = password;
        }

        public @Nullable String getNonProxyHosts() {
            return this.nonProxyHosts;
        }

        public void setNonProxyHosts(@Nullable String nonProxyHosts) {
            this.nonProxyHosts = nonProxyHosts;
        }

    }

    /**
     * Access through the lakeFS S3 gateway with the AWS SDK for Java v2.
     */
    public static class S3 {

        /**
         * Whether to provide an S3Client (qualifier 'lakeFS') on the lakeFS S3 gateway when the AWS SDK is present.
         */
        private boolean enabled = true;

        /**
         * Region the S3 clients sign for; lakeFS does not enforce it.
         */
        private String region = "us-east-1";

        private final Router router = new Router();

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getRegion() {
            return this.region;
        }

        public void setRegion(String region) {
            this.region = region;
        }

        public Router getRouter() {
            return this.router;
        }

        /**
         * An S3Client (qualifier 'lakeFSRouter') that sends some buckets to lakeFS and the rest to the
         * application's own S3Client.
         */
        public static class Router {

            /**
             * Routing rules, first match wins: bucket glob, target (lakefs or default), optional repository to use
             * as the bucket, optional ref to prefix keys with.
             */
            private List<Rule> rules = new ArrayList<>();

            public List<Rule> getRules() {
                return this.rules;
            }

            public void setRules(List<Rule> rules) {
                this.rules = rules;
            }

        }

        /**
         * One routing rule.
         */
        public static class Rule {

            /**
             * Glob over bucket names, e.g. 'analytics-*'.
             */
            private String bucket = "*";

            /**
             * Where matching buckets go: 'lakefs' or 'default'.
             */
            private String target = "lakefs";

            /**
             * lakeFS repository to use instead of the bucket name.
             */
            private @Nullable String repository;

            /**
             * Ref to prefix keys with, e.g. 'main', so 'data/x' is read from 'main/data/x'.
             */
            private @Nullable String ref;

            public String getBucket() {
                return this.bucket;
            }

            public void setBucket(String bucket) {
                this.bucket = bucket;
            }

            public String getTarget() {
                return this.target;
            }

            public void setTarget(String target) {
                this.target = target;
            }

            public @Nullable String getRepository() {
                return this.repository;
            }

            public void setRepository(@Nullable String repository) {
                this.repository = repository;
            }

            public @Nullable String getRef() {
                return this.ref;
            }

            public void setRef(@Nullable String ref) {
                this.ref = ref;
            }

        }

    }

    /**
     * A repository as the application declares it.
     */
    public static class DeclaredRepository {

        /**
         * Repository id.
         */
        private @Nullable String id;

        /**
         * Where its objects are stored, e.g. 's3://bucket/repos/id'; fixed once the repository exists.
         */
        private @Nullable String storageNamespace;

        /**
         * Its default branch; fixed once the repository exists.
         */
        private String defaultBranch = "main";

        /**
         * Branches that must exist, created from the default branch when missing.
         */
        private List<String> branches = new ArrayList<>();

        /**
         * Branch protection patterns (lakeFS's globs): those branches take changes only by merge.
         */
        private List<String> protectedBranches = new ArrayList<>();

        /**
         * Garbage collection rules; left alone when not set.
         */
        private final Gc gc = new Gc();

        /**
         * Repository metadata entries.
         */
        private Map<String, String> metadata = new LinkedHashMap<>();

        public @Nullable String getId() {
            return this.id;
        }

        public void setId(@Nullable String id) {
            this.id = id;
        }

        public @Nullable String getStorageNamespace() {
            return this.storageNamespace;
        }

        public void setStorageNamespace(@Nullable String storageNamespace) {
            this.storageNamespace = storageNamespace;
        }

        public String getDefaultBranch() {
            return this.defaultBranch;
        }

        public void setDefaultBranch(String defaultBranch) {
            this.defaultBranch = defaultBranch;
        }

        public List<String> getBranches() {
            return this.branches;
        }

        public void setBranches(List<String> branches) {
            this.branches = branches;
        }

        public List<String> getProtectedBranches() {
            return this.protectedBranches;
        }

        public void setProtectedBranches(List<String> protectedBranches) {
            this.protectedBranches = protectedBranches;
        }

        public Gc getGc() {
            return this.gc;
        }

        public Map<String, String> getMetadata() {
            return this.metadata;
        }

        public void setMetadata(Map<String, String> metadata) {
            this.metadata = metadata;
        }

        /**
         * Garbage collection rules of a declared repository.
         */
        public static class Gc {

            /**
             * Days objects no longer referenced by a branch head are kept; rules are set only when this is.
             */
            private @Nullable Integer defaultRetentionDays;

            /**
             * Retention days per branch.
             */
            private Map<String, Integer> branches = new LinkedHashMap<>();

            public @Nullable Integer getDefaultRetentionDays() {
                return this.defaultRetentionDays;
            }

            public void setDefaultRetentionDays(@Nullable Integer defaultRetentionDays) {
                this.defaultRetentionDays = defaultRetentionDays;
            }

            public Map<String, Integer> getBranches() {
                return this.branches;
            }

            public void setBranches(Map<String, Integer> branches) {
                this.branches = branches;
            }

        }

    }

    /**
     * How the declared repositories are brought about.
     */
    public static class Provisioning {

        /**
         * Whether to bring the declared repositories about at startup.
         */
        private boolean enabled = true;

        /**
         * Log what would be done instead of doing it.
         */
        private boolean dryRun;

        /**
         * Also remove branch protection patterns and metadata entries that are not declared (branches and
         * repositories are never deleted).
         */
        private boolean prune;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isDryRun() {
            return this.dryRun;
        }

        public void setDryRun(boolean dryRun) {
            this.dryRun = dryRun;
        }

        public boolean isPrune() {
            return this.prune;
        }

        public void setPrune(boolean prune) {
            this.prune = prune;
        }

    }

    /**
     * How requests authenticate when no session token is set.
     */
    public static class Credentials {

        /**
         * How to authenticate: 'keys' sends the access key pair with every request; 'login' exchanges it for a login
         * token (POST /auth/login), renewed before it expires; 'aws-iam' proves the AWS SDK's default identity
         * (lakectl's 'aws_iam'); 'web-identity' exchanges an OpenID Connect code (POST /sts/login). 'aws-iam' and
         * 'web-identity' make the 'lakefs.*' properties the only place credentials are taken from.
         */
        private Provider provider = Provider.KEYS;

        /**
         * AWS IAM authentication, for provider 'aws-iam' (or lakectl's 'aws_iam').
         */
        private final AwsIam awsIam = new AwsIam();

        /**
         * Web identity authentication, for provider 'web-identity'.
         */
        private final WebIdentity webIdentity = new WebIdentity();

        public Provider getProvider() {
            return this.provider;
        }

        public void setProvider(Provider provider) {
            this.provider = provider;
        }

        public AwsIam getAwsIam() {
            return this.awsIam;
        }

        public WebIdentity getWebIdentity() {
            return this.webIdentity;
        }

        /** How requests authenticate. */
        public enum Provider {

            /** The access key pair with every request (HTTP basic). */
            KEYS,

            /** The access key pair exchanged for a login token, renewed before it expires. */
            LOGIN,

            /** The AWS SDK's default identity, proven with a presigned STS request. */
            AWS_IAM,

            /** An OpenID Connect authorization code exchanged for a token. */
            WEB_IDENTITY

        }

        /**
         * AWS IAM authentication.
         */
        public static class AwsIam {

            /**
             * Lifetime of each lakeFS token.
             */
            private Duration tokenLifetime = Duration.ofHours(1);

            /**
             * Lifetime of the presigned STS request.
             */
            private Duration presignedUrlLifetime = Duration.ofSeconds(60);

            /**
             * Headers signed into the STS request; empty for lakeFS's default, X-LakeFS-Server-ID naming the lakeFS
             * host.
             */
            private Map<String, String> tokenRequestHeaders = new LinkedHashMap<>();

            /**
             * STS endpoint the request is signed for; defaults to the AWS SDK's default region's, else
             * 'https://sts.amazonaws.com'.
             */
            private @Nullable URI stsEndpoint;

            public Duration getTokenLifetime() {
                return this.tokenLifetime;
            }

            public void setTokenLifetime(Duration tokenLifetime) {
                this.tokenLifetime = tokenLifetime;
            }

            public Duration getPresignedUrlLifetime() {
                return this.presignedUrlLifetime;
            }

            public void setPresignedUrlLifetime(Duration presignedUrlLifetime) {
                this.presignedUrlLifetime = presignedUrlLifetime;
            }

            public Map<String, String> getTokenRequestHeaders() {
                return this.tokenRequestHeaders;
            }

            public void setTokenRequestHeaders(Map<String, String> tokenRequestHeaders) {
                this.tokenRequestHeaders = tokenRequestHeaders;
            }

            public @Nullable URI getStsEndpoint() {
                return this.stsEndpoint;
            }

            public void setStsEndpoint(@Nullable URI stsEndpoint) {
                this.stsEndpoint = stsEndpoint;
            }

        }

        /**
         * Web identity authentication.
         */
        public static class WebIdentity {

            /**
             * Authorization code from the OpenID Connect identity provider. Never logged or shown.
             */
            private @Nullable String code;

            /**
             * State sent with the authorization request.
             */
            private @Nullable String state;

            /**
             * Redirect URI of the authorization request.
             */
            private @Nullable String redirectUri;

            /**
             * Lifetime of each lakeFS token (lakeFS allows up to 12 hours).
             */
            private Duration tokenLifetime = Duration.ofHours(1);

            public @Nullable String getCode() {
                return this.code;
            }

            public void setCode(@Nullable String code) {
                this.code = code;
            }

            public @Nullable String getState() {
                return this.state;
            }

            public void setState(@Nullable String state) {
                this.state = state;
            }

            public @Nullable String getRedirectUri() {
                return this.redirectUri;
            }

            public void setRedirectUri(@Nullable String redirectUri) {
                this.redirectUri = redirectUri;
            }

            public Duration getTokenLifetime() {
                return this.tokenLifetime;
            }

            public void setTokenLifetime(Duration tokenLifetime) {
                this.tokenLifetime = tokenLifetime;
            }

        }

    }

    /**
     * Reuse of the lakectl configuration.
     */
    public static class Lakectl {

        /**
         * Whether to fall back to the LAKECTL_* environment variables and the lakectl configuration
         * file (LAKECTL_CONFIG_FILE, else ~/.lakectl.yaml) for what 'lakefs.*' does not set.
         */
        private boolean enabled = true;

        /**
         * Whether to read the lakectl configuration file; false reads the LAKECTL_* environment variables only
         * (which an operator sets on purpose) and ignores a file left on the machine.
         */
        private boolean configFileEnabled = true;

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public boolean isConfigFileEnabled() {
            return this.configFileEnabled;
        }

        public void setConfigFileEnabled(boolean configFileEnabled) {
            this.configFileEnabled = configFileEnabled;
        }

    }

    /**
     * The embedded lakeFS-compatible server, used when no lakeFS is configured and lakefs-embedded is
     * on the class path.
     */
    public static class Embedded {

        /**
         * Whether to start an embedded server when no lakeFS endpoint is configured.
         */
        private boolean enabled = true;

        /**
         * Port of the embedded server; 0 picks a free one.
         */
        private int port;

        /**
         * Directory the embedded server keeps its data in, across restarts. A temporary directory,
         * deleted on shutdown, when not set.
         */
        private @Nullable String dataDirectory;

        /**
         * Which lakeFS blockstore the embedded server behaves as: 's3' (namespaces of any scheme,
         * presigned URLs) or 'local' ('local://' namespaces only, no presigned URLs).
         */
        private String blockstore = "s3";

        /**
         * How far an acknowledged write survives: 'process' (the process being killed) or 'fsync' (a power loss as
         * well: writes are forced to the device before they are acknowledged; slower).
         */
        private String durability = "process";

        /**
         * Lifetime of the embedded server's login tokens (POST /auth/login); lakeFS's 7 days unless set. A short one
         * shows an application renewing its tokens.
         */
        private @Nullable Duration loginTokenLifetime;

        /**
         * Users besides 'admin' (whose keys the application uses), by user id, each with its own access key pair;
         * created in the 'Admins' group. Users of other groups are created through the auth API.
         */
        private Map<String, User> users = new LinkedHashMap<>();

        public @Nullable Duration getLoginTokenLifetime() {
            return this.loginTokenLifetime;
        }

        public void setLoginTokenLifetime(@Nullable Duration loginTokenLifetime) {
            this.loginTokenLifetime = loginTokenLifetime;
        }

        public Map<String, User> getUsers() {
            return this.users;
        }

        public void setUsers(Map<String, User> users) {
            this.users = users;
        }

        /**
         * A user of the embedded server.
         */
        public static class User {

            /**
             * The user's access key id.
             */
            private String accessKeyId = "";

            /**
             * The user's secret access key. Never logged or shown.
             */
            private String secretAccessKey = "";

            public String getAccessKeyId() {
                return this.accessKeyId;
            }

            public void setAccessKeyId(String accessKeyId) {
                this.accessKeyId = accessKeyId;
            }

            public String getSecretAccessKey() {
                return this.secretAccessKey;
            }

            public void setSecretAccessKey(String secretAccessKey) {
                this.secretAccessKey = secretAccessKey;
            }

            @Override
            public String toString() {
                return "User[accessKeyId=" + this.accessKeyId + ", secretAccessKey=******]";
            }

        }

        public boolean isEnabled() {
            return this.enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getPort() {
            return this.port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public @Nullable String getDataDirectory() {
            return this.dataDirectory;
        }

        public void setDataDirectory(@Nullable String dataDirectory) {
            this.dataDirectory = dataDirectory;
        }

        public String getBlockstore() {
            return this.blockstore;
        }

        public void setBlockstore(String blockstore) {
            this.blockstore = blockstore;
        }

        public String getDurability() {
            return this.durability;
        }

        public void setDurability(String durability) {
            this.durability = durability;
        }

    }

    /** The {@code lakefs} health indicator (switched off with {@code management.health.lakefs.enabled=false}). */
    public static class Health {

        /** How long a health check waits for lakeFS before reporting it down. */
        private Duration timeout = Duration.ofSeconds(5);

        public Duration getTimeout() {
            return this.timeout;
        }

        public void setTimeout(Duration timeout) {
            this.timeout = timeout;
        }

    }

    /** Transactions' housekeeping. */
    public static class Transactions {

        private final Sweep sweep = new Sweep();

        public Sweep getSweep() {
            return this.sweep;
        }

        /**
         * Deleting abandoned transaction branches: those older than {@code older-than} that no transaction in this
         * application is using (left by a crash, a lost connection, or a transaction that keeps its branch on error).
         */
        public static class Sweep {

            /** Whether to sweep abandoned transaction branches periodically. */
            private boolean enabled;

            /** The age from which an unused transaction branch counts as abandoned. */
            private Duration olderThan = Duration.ofHours(24);

            /** How often to sweep. */
            private Duration interval = Duration.ofHours(1);

            /**
             * The repositories to sweep and to show in the lakefstransactions endpoint; empty for
             * lakefs.default-repository, or every repository when that is not set either.
             */
            private List<String> repositories = new ArrayList<>();

            public boolean isEnabled() {
                return this.enabled;
            }

            public void setEnabled(boolean enabled) {
                this.enabled = enabled;
            }

            public Duration getOlderThan() {
                return this.olderThan;
            }

            public void setOlderThan(Duration olderThan) {
                this.olderThan = olderThan;
            }

            public Duration getInterval() {
                return this.interval;
            }

            public void setInterval(Duration interval) {
                this.interval = interval;
            }

            public List<String> getRepositories() {
                return this.repositories;
            }

            public void setRepositories(List<String> repositories) {
                this.repositories = repositories;
            }

        }

    }

}
