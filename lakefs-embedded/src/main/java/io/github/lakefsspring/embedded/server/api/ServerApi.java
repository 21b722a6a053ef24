package io.github.lakefsspring.embedded.server.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.server.auth.Authenticator;
import io.github.lakefsspring.embedded.server.auth.AwsIdentityVerifier;
import io.github.lakefsspring.embedded.server.auth.LoginTokens;
import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.server.http.ApiResponse;
import io.github.lakefsspring.embedded.server.http.Routes;
import io.github.lakefsspring.embedded.server.validation.ObjectSchemaBuilder;
import io.github.lakefsspring.embedded.server.validation.Schema;
import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;

/**
 * Operations about the server itself: health, configuration (what the blockstore supports), the current
 * user, login and setup state.
 */
public final class ServerApi {

    /** The version the embedded server reports. */
    public static final String VERSION = "1.84.0";

    private final BlockstoreType blockstore;

    /** The longest token {@code /sts/login} issues, as lakeFS's {@code StsAuthRequest} documents. */
    private static final Duration LONGEST_STS_TOKEN = Duration.ofHours(12);

    /** The token lifetime of an AWS IAM login that asks for none, lakeFS's default. */
    private static final Duration DEFAULT_EXTERNAL_TOKEN = Duration.ofHours(1);

    private final Authenticator authenticator;

    private final AwsIdentityVerifier awsIdentities;

    private final Map<String, String> webIdentities;

    /**
     * @param blockstore the blockstore the server behaves as
     * @param authenticator the users and their tokens
     * @param awsIdentities the AWS identities {@code /auth/external/principal/login} accepts
     * @param webIdentities the authorization codes {@code /sts/login} accepts, and the user each logs in as
     */
    public ServerApi(BlockstoreType blockstore, Authenticator authenticator, AwsIdentityVerifier awsIdentities,
            Map<String, String> webIdentities) {
        this.blockstore = blockstore;
        this.authenticator = authenticator;
        this.awsIdentities = awsIdentities;
        this.webIdentities = Map.copyOf(webIdentities);
    }

    public void register(Routes routes) {
        routes.get("/healthcheck", "HealthCheck").publicAccess().blocking((request) -> ApiResponse.noContent());
        routes.get("/config", "GetConfig").blocking((request) -> ApiResponse.json(200, config()));
        routes.get("/config/version", "GetLakeFSVersion").blocking((request) -> ApiResponse.json(200, versionConfig()));
        routes.get("/config/storage", "GetStorageConfig").blocking((request) -> ApiResponse.json(200, storageConfig()));
        routes.get("/user", "GetCurrentUser").anonymousAllowed().blocking((request) -> {
            Map<String, Object> user = new TreeMap<>();
            if (request.user() == null) {
                user.put("id", "");
                user.put("creation_date", 0);
                return ApiResponse.json(200, Map.of("user", user));
            }
            user.put("id", request.user().username());
            user.put("creation_date", request.user().creationDate());
            user.put("email", "");
            user.put("friendly_name", "");
            return ApiResponse.json(200, Map.of("user", user));
        });
        routes.get("/setup_lakefs", "GetSetupState").publicAccess().blocking((request) -> {
            Map<String, Object> state = new TreeMap<>();
            state.put("state", "initialized");
            state.put("comm_prefs_missing", false);
            return ApiResponse.json(200, state);
        });
        routes.post("/auth/login", "Login").publicAccess()
            .body(ObjectSchemaBuilder.component("LoginInformation")
                .required("access_key_id", Schema.string())
                .required("secret_access_key", Schema.string())
                .build())
            .blocking((request) -> {
                String key = Inputs.text(request.json(), "access_key_id");
                String secret = Inputs.text(request.json(), "secret_access_key");
                return token(this.authenticator.login(key, secret));
            });
        routes.post("/auth/external/principal/login", "ExternalPrincipalLogin").publicAccess()
            .body(ObjectSchemaBuilder.component("ExternalLoginInformation")
                .optional("token_expiration_duration", Schema.integer())
                .required("identityRequest", Schema.stringMap())
                .build())
            .blocking((request) -> {
                String identityToken = Inputs.text(request.json().path("identityRequest"), "identity_token");
                String username = this.awsIdentities.verify(identityToken, serverId(request))
                    .orElseThrow(Authenticator::failure);
                long seconds = request.json().path("token_expiration_duration").asLong(0);
                return token(this.authenticator.issue(username,
                        (seconds > 0) ? Duration.ofSeconds(seconds) : DEFAULT_EXTERNAL_TOKEN));
            });
        routes.post("/sts/login", "StsLogin").publicAccess()
            .body(ObjectSchemaBuilder.component("StsAuthRequest")
                .required("code", Schema.string())
                .required("state", Schema.string())
                .required("redirect_uri", Schema.string())
                .optional("ttl_seconds", Schema.integer())
                .build())
            .blocking((request) -> {
                String username = webIdentity(Inputs.text(request.json(), "code"));
                long seconds = request.json().path("ttl_seconds").asLong(0);
                Duration lifetime = (seconds > 0) ? Duration.ofSeconds(seconds) : DEFAULT_EXTERNAL_TOKEN;
                if (lifetime.compareTo(LONGEST_STS_TOKEN) > 0) {
                    throw new ApiException(400, "ttl_seconds must be at most " + LONGEST_STS_TOKEN.toSeconds());
                }
                return token(this.authenticator.issue(username, lifetime));
            });
    }

    private String webIdentity(String code) {
        for (Map.Entry<String, String> identity : this.webIdentities.entrySet()) {
            if (MessageDigest.isEqual(identity.getKey().getBytes(StandardCharsets.UTF_8),
                    code.getBytes(StandardCharsets.UTF_8))) {
                return identity.getValue();
            }
        }
        throw Authenticator.failure();
    }

    /** The host this server was addressed as: what an AWS IAM login must have signed as its server id. */
    private static String serverId(ApiRequest request) {
        String host = request.header("host");
        if (host == null) {
            return "";
        }
        try {
            URI uri = URI.create("http://" + host);
            return (uri.getHost() != null) ? uri.getHost() : host;
        }
        catch (IllegalArgumentException ex) {
            return host;
        }
    }

    private static ApiResponse token(LoginTokens.Token token) {
        Map<String, Object> body = new TreeMap<>();
        body.put("token", token.value());
        body.put("token_expiration", token.expiresAt());
        return ApiResponse.json(200, body);
    }

    private Map<String, Object> config() {
        Map<String, Object> config = new TreeMap<>();
        config.put("version_config", versionConfig());
        config.put("storage_config", storageConfig());
        config.put("storage_config_list", List.of());
        config.put("capabilities_config", Map.of());
        config.put("ui_config", Map.of());
        return config;
    }

    private static Map<String, Object> versionConfig() {
        Map<String, Object> version = new TreeMap<>();
        version.put("version", VERSION);
        version.put("version_context", "lakeFS");
        return version;
    }

    private Map<String, Object> storageConfig() {
        boolean s3 = this.blockstore == BlockstoreType.S3;
        String regex = s3 ? "^(s3|gs|az|https?|mem|local|transient)://" : "^local://";
        Map<String, Object> storage = new TreeMap<>();
        storage.put("blockstore_type", this.blockstore.wireName());
        storage.put("blockstore_id", "");
        storage.put("blockstore_description", "");
        storage.put("blockstore_namespace_ValidityRegex", regex);
        storage.put("blockstore_namespace_example", s3 ? "s3://example-bucket/" : "local://example-bucket/");
        storage.put("default_namespace_prefix", s3 ? "s3://" : "local://");
        storage.put("pre_sign_support", s3);
        storage.put("pre_sign_support_ui", s3);
        storage.put("import_support", true);
        storage.put("import_validity_regex", regex);
        storage.put("pre_sign_multipart_upload", s3);
        return storage;
    }

}
