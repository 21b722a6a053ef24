package io.github.lakefsspring.autoconfigure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.github.lakefsspring.autoconfigure.LakeFSProperties.Credentials.Provider;
import io.github.lakefsspring.client.auth.AwsIamSettings;
import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The places a lakeFS connection can be configured, in precedence order: {@code lakefs.*}
 * properties, then the lakectl environment variables, then the lakectl configuration file
 * ({@code LAKECTL_CONFIG_FILE}, else {@code ~/.lakectl.yaml}).
 *
 * <p>The endpoint comes from the first place that names one. Credentials follow the Python SDK: when the
 * {@code lakefs.*} properties name any (a session token, keys, or the {@code aws-iam} or {@code web-identity}
 * provider) they alone count; otherwise a session token wins, then the first complete access key pair, then a
 * credentials provider ({@code aws_iam}), each looked for in the environment before the file, so a lakectl file
 * can supply what the environment leaves out, as lakectl itself lets its variables override its file.
 * {@code lakefs.credentials.provider=login} exchanges whichever keys are found for a login token.
 */
final class LakeFSConnectionSources {

    static final String ENDPOINT_VARIABLE = "LAKECTL_SERVER_ENDPOINT_URL";

    static final String ACCESS_KEY_ID_VARIABLE = "LAKECTL_CREDENTIALS_ACCESS_KEY_ID";

    static final String SECRET_ACCESS_KEY_VARIABLE = "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY";

    static final String SESSION_TOKEN_VARIABLE = "LAKECTL_CREDENTIALS_SESSION_TOKEN";

    static final String PROVIDER_TYPE_VARIABLE = "LAKECTL_CREDENTIALS_PROVIDER_TYPE";

    static final String TOKEN_TTL_VARIABLE = "LAKECTL_CREDENTIALS_PROVIDER_AWS_IAM_TOKEN_TTL_SECONDS";

    static final String PRESIGNED_URL_TTL_VARIABLE = "LAKECTL_CREDENTIALS_PROVIDER_AWS_IAM_PRESIGNED_URL_TTL_SECONDS";

    static final String TOKEN_REQUEST_HEADERS_VARIABLE = "LAKECTL_CREDENTIALS_PROVIDER_AWS_IAM_TOKEN_REQUEST_HEADERS";

    static final String CONFIG_FILE_VARIABLE = "LAKECTL_CONFIG_FILE";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<LakeFSConnectionSource> sources;

    private final boolean login;

    private LakeFSConnectionSources(List<LakeFSConnectionSource> sources, boolean login) {
        this.sources = sources;
        this.login = login;
    }

    /**
     * Reads every place the properties allow.
     * @param properties the bound {@code lakefs.*} properties
     * @param environment the environment holding the lakectl variables and {@code user.home}
     */
    static LakeFSConnectionSources of(LakeFSProperties properties, Environment environment) {
        List<LakeFSConnectionSource> sources = new ArrayList<>();
        sources.add(new LakeFSConnectionSource("lakefs.* properties", properties.getEndpoint(),
                properties.getAccessKeyId(), properties.getSecretAccessKey(), properties.getSessionToken(),
                propertiesProvider(properties.getCredentials())));
        if (properties.getLakectl().isEnabled()) {
            sources.add(new LakeFSConnectionSource("environment variables LAKECTL_*",
                    environment.getProperty(ENDPOINT_VARIABLE), environment.getProperty(ACCESS_KEY_ID_VARIABLE),
                    environment.getProperty(SECRET_ACCESS_KEY_VARIABLE), environment.getProperty(SESSION_TOKEN_VARIABLE),
                    LakectlAwsIam.provider(environment.getProperty(PROVIDER_TYPE_VARIABLE), PROVIDER_TYPE_VARIABLE,
                            environment.getProperty(TOKEN_TTL_VARIABLE), TOKEN_TTL_VARIABLE,
                            environment.getProperty(PRESIGNED_URL_TTL_VARIABLE), PRESIGNED_URL_TTL_VARIABLE,
                            headers(environment.getProperty(TOKEN_REQUEST_HEADERS_VARIABLE)))));
            if (properties.getLakectl().isConfigFileEnabled()) {
                sources.add(LakectlConfigFile.read(lakectlConfigFile(environment)));
            }
        }
        return new LakeFSConnectionSources(List.copyOf(sources),
                properties.getCredentials().getProvider() == Provider.LOGIN);
    }

    private static LakeFSConnectionSource.@Nullable NamedProvider propertiesProvider(
            LakeFSProperties.Credentials credentials) {
        return switch (credentials.getProvider()) {
            case KEYS, LOGIN -> null;
            case AWS_IAM -> new LakeFSConnectionSource.NamedProvider("lakefs.credentials.provider=aws-iam", () -> {
                LakeFSProperties.Credentials.AwsIam iam = credentials.getAwsIam();
                return AwsIamProviders.create(new AwsIamSettings(iam.getTokenLifetime(), iam.getPresignedUrlLifetime(),
                        iam.getTokenRequestHeaders().isEmpty() ? null : iam.getTokenRequestHeaders(),
                        iam.getStsEndpoint()), "lakefs.credentials.provider=aws-iam");
            });
            case WEB_IDENTITY -> new LakeFSConnectionSource.NamedProvider("lakefs.credentials.provider=web-identity",
                    () -> webIdentity(credentials.getWebIdentity()));
        };
    }

    private static LakeFSCredentialsProvider webIdentity(LakeFSProperties.Credentials.WebIdentity web) {
        String prefix = "lakefs.credentials.web-identity.";
        List<String> missing = new ArrayList<>();
        if (!StringUtils.hasText(web.getCode())) {
            missing.add(prefix + "code");
        }
        if (!StringUtils.hasText(web.getState())) {
            missing.add(prefix + "state");
        }
        if (!StringUtils.hasText(web.getRedirectUri())) {
            missing.add(prefix + "redirect-uri");
        }
        if (!missing.isEmpty() || web.getCode() == null || web.getState() == null || web.getRedirectUri() == null) {
            throw new LakeFSConfigurationException("lakefs.credentials.provider=web-identity needs "
                    + String.join(", ", missing) + ".", "Set " + String.join(", ", missing) + ".");
        }
        try {
            return LakeFSCredentialsProvider.webIdentity(web.getCode(), web.getState(), web.getRedirectUri(),
                    web.getTokenLifetime());
        }
        catch (IllegalArgumentException ex) {
            throw new LakeFSConfigurationException(prefix + "token-lifetime=" + web.getTokenLifetime()
                    + " is invalid: " + ex.getMessage(), "Set it to at least 1s.", ex);
        }
    }

    private static @Nullable Map<String, String> headers(@Nullable String json) {
        if (!StringUtils.hasText(json)) {
            return null;
        }
        try {
            return JSON.readValue(json, new TypeReference<Map<String, String>>() {
            });
        }
        catch (JacksonException ex) {
            throw new LakeFSConfigurationException(TOKEN_REQUEST_HEADERS_VARIABLE + " is not a JSON object of header "
                    + "names to values: " + ex.getOriginalMessage(),
                    "Set it to JSON such as {\"X-LakeFS-Server-ID\": \"lakefs.example.com\"}, or remove it.");
        }
    }

    private static Path lakectlConfigFile(Environment environment) {
        String configured = environment.getProperty(CONFIG_FILE_VARIABLE);
        if (StringUtils.hasText(configured)) {
            return Path.of(configured);
        }
        return Path.of(environment.getProperty("user.home", System.getProperty("user.home")), ".lakectl.yaml");
    }

    /** @return whether any place names an endpoint */
    boolean hasEndpoint() {
        return this.sources.stream().anyMatch(LakeFSConnectionSource::hasEndpoint);
    }

    /**
     * @return the connection, or empty when no place names an endpoint
     * @throws LakeFSConfigurationException when an endpoint is named but no usable credentials are, or the
     * {@code lakefs.*} credentials are half set
     */
    Optional<ResolvedLakeFSConnection> resolve() {
        LakeFSConnectionSource properties = this.sources.get(0);
        if (StringUtils.hasText(properties.accessKeyId()) != StringUtils.hasText(properties.secretAccessKey())) {
            String set = StringUtils.hasText(properties.accessKeyId()) ? "lakefs.access-key-id" : "lakefs.secret-access-key";
            String missing = set.equals("lakefs.access-key-id") ? "lakefs.secret-access-key" : "lakefs.access-key-id";
            throw new LakeFSConfigurationException(set + " is set but " + missing + " is not.",
                    "Set both lakefs.access-key-id and lakefs.secret-access-key, or neither.");
        }
        Optional<LakeFSConnectionSource> endpoint = this.sources.stream()
            .filter(LakeFSConnectionSource::hasEndpoint)
            .findFirst();
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        List<LakeFSConnectionSource> candidates = properties.namesCredentials() ? List.of(properties) : this.sources;
        Optional<LakeFSConnectionSource> token = first(candidates, LakeFSConnectionSource::hasSessionToken);
        if (token.isPresent()) {
            try {
                return resolved(endpoint.get(), LakeFSCredentialsProvider.sessionToken(token.get().sessionToken()),
                        null, "a session token from " + token.get().description());
            }
            catch (IllegalArgumentException ex) {
                throw new LakeFSConfigurationException("The session token from " + token.get().description()
                        + " is unusable: " + ex.getMessage(), "Set the token exactly as lakeFS issued it.", ex);
            }
        }
        Optional<LakeFSConnectionSource> keys = first(candidates, LakeFSConnectionSource::hasKeys);
        if (keys.isPresent()) {
            LakeFSCredentials.AccessKeys pair = new LakeFSCredentials.AccessKeys(keys.get().accessKeyId(),
                    keys.get().secretAccessKey());
            return this.login
                    ? resolved(endpoint.get(), LakeFSCredentialsProvider.login(pair.accessKeyId(),
                            pair.secretAccessKey()), pair, "access key id " + pair.accessKeyId() + " from "
                                    + keys.get().description() + ", exchanged for login tokens")
                    : resolved(endpoint.get(), LakeFSCredentialsProvider.accessKeys(pair.accessKeyId(),
                            pair.secretAccessKey()), pair, "access key id " + pair.accessKeyId() + " from "
                                    + keys.get().description());
        }
        Optional<LakeFSConnectionSource> provider = first(candidates, (source) -> source.provider() != null);
        if (provider.isPresent() && provider.get().provider() != null) {
            LakeFSConnectionSource.NamedProvider named = provider.get().provider();
            return resolved(endpoint.get(), named.factory().get(), null, named.name());
        }
        throw new LakeFSConfigurationException("The lakeFS endpoint " + endpoint.get().endpoint() + " (from "
                + endpoint.get().description() + ") has no usable credentials. Found: " + candidates.stream()
                    .map(LakeFSConnectionSource::credentialsFound)
                    .collect(Collectors.joining("; ")) + ".",
                "Set lakefs.access-key-id and lakefs.secret-access-key (or lakefs.session-token, or "
                        + "lakefs.credentials.provider=aws-iam or web-identity), the LAKECTL_CREDENTIALS_ACCESS_KEY_ID "
                        + "and LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY environment variables (or "
                        + "LAKECTL_CREDENTIALS_SESSION_TOKEN, or LAKECTL_CREDENTIALS_PROVIDER_TYPE=aws_iam), or "
                        + "credentials in the lakectl configuration file.");
    }

    private static Optional<LakeFSConnectionSource> first(List<LakeFSConnectionSource> candidates,
            Predicate<LakeFSConnectionSource> test) {
        return candidates.stream().filter(test).findFirst();
    }

    private static Optional<ResolvedLakeFSConnection> resolved(LakeFSConnectionSource endpoint,
            LakeFSCredentialsProvider credentials, LakeFSCredentials.@Nullable AccessKeys keys, String described) {
        return Optional.of(new ResolvedLakeFSConnection(endpoint.endpoint(), endpoint.description(), credentials, keys,
                described));
    }

    /** @return every place looked at, in order */
    String describe() {
        return this.sources.stream().map(LakeFSConnectionSource::description).collect(Collectors.joining(", "));
    }

}
