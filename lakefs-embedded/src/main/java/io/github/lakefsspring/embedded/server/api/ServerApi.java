package io.github.lakefsspring.embedded.server.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.server.auth.Authenticator;
import io.github.lakefsspring.embedded.server.auth.LoginTokens;
import io.github.lakefsspring.embedded.server.http.ApiException;
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

    private final Authenticator authenticator;

    public ServerApi(BlockstoreType blockstore, Authenticator authenticator) {
        this.blockstore = blockstore;
        this.authenticator = authenticator;
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
                if (!this.authenticator.isValid(key, secret)) {
                    throw new ApiException(401, Authenticator.FAILURE_MESSAGE);
                }
                LoginTokens.Token token = this.authenticator.login();
                Map<String, Object> body = new TreeMap<>();
                body.put("token", token.value());
                body.put("token_expiration", token.expiresAt());
                return ApiResponse.json(200, body);
            });
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
