package io.github.lakefsspring.autoconfigure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The places a lakeFS connection can be configured, in precedence order: {@code lakefs.*}
 * properties, then the lakectl environment variables, then the lakectl configuration file
 * ({@code LAKECTL_CONFIG_FILE}, else {@code ~/.lakectl.yaml}).
 *
 * <p>The endpoint comes from the first place that names one, and the credentials from the first
 * place that names both the access key id and the secret, so a lakectl file can supply what
 * {@code application.yml} leaves out, as lakectl itself lets its environment variables override
 * its file field by field.
 */
final class LakeFSConnectionSources {

    static final String ENDPOINT_VARIABLE = "LAKECTL_SERVER_ENDPOINT_URL";

    static final String ACCESS_KEY_ID_VARIABLE = "LAKECTL_CREDENTIALS_ACCESS_KEY_ID";

    static final String SECRET_ACCESS_KEY_VARIABLE = "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY";

    static final String CONFIG_FILE_VARIABLE = "LAKECTL_CONFIG_FILE";

    /** lakectl's other ways to authenticate, which this version does not support yet. */
    static final List<String> UNSUPPORTED_CREDENTIAL_VARIABLES = List.of("LAKECTL_CREDENTIALS_SESSION_TOKEN",
            "LAKECTL_CREDENTIALS_PROVIDER_TYPE");

    private final List<LakeFSConnectionSource> sources;

    private final List<String> unsupportedCredentials;

    private LakeFSConnectionSources(List<LakeFSConnectionSource> sources, List<String> unsupportedCredentials) {
        this.sources = sources;
        this.unsupportedCredentials = unsupportedCredentials;
    }

    /**
     * Reads every place the properties allow.
     * @param properties the bound {@code lakefs.*} properties
     * @param environment the environment holding the lakectl variables and {@code user.home}
     */
    static LakeFSConnectionSources of(LakeFSProperties properties, Environment environment) {
        List<LakeFSConnectionSource> sources = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        sources.add(new LakeFSConnectionSource("lakefs.* properties", properties.getEndpoint(),
                properties.getAccessKeyId(), properties.getSecretAccessKey()));
        if (properties.getLakectl().isEnabled()) {
            sources.add(new LakeFSConnectionSource("environment variables LAKECTL_*",
                    environment.getProperty(ENDPOINT_VARIABLE), environment.getProperty(ACCESS_KEY_ID_VARIABLE),
                    environment.getProperty(SECRET_ACCESS_KEY_VARIABLE)));
            UNSUPPORTED_CREDENTIAL_VARIABLES.stream()
                .filter((variable) -> StringUtils.hasText(environment.getProperty(variable)))
                .forEach(unsupported::add);
            if (properties.getLakectl().isConfigFileEnabled()) {
                sources.add(LakectlConfigFile.read(lakectlConfigFile(environment)));
            }
        }
        return new LakeFSConnectionSources(List.copyOf(sources), List.copyOf(unsupported));
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
     * @throws LakeFSConfigurationException when an endpoint is named but no complete credentials are,
     * or the {@code lakefs.*} credentials are half set
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
        LakeFSConnectionSource credentials = this.sources.stream()
            .filter(LakeFSConnectionSource::hasCredentials)
            .findFirst()
            .orElseThrow(() -> new LakeFSConfigurationException(
                    "The lakeFS endpoint " + endpoint.get().endpoint() + " (from " + endpoint.get().description()
                            + ") has no credentials. Looked for an access key id and secret access key in: "
                            + describe() + "." + unsupportedCredentials(),
                    "Set lakefs.access-key-id and lakefs.secret-access-key, the LAKECTL_CREDENTIALS_ACCESS_KEY_ID and "
                            + "LAKECTL_CREDENTIALS_SECRET_ACCESS_KEY environment variables, or credentials in the "
                            + "lakectl configuration file."));
        return Optional.of(new ResolvedLakeFSConnection(endpoint.get().endpoint(), endpoint.get().description(),
                credentials.accessKeyId(), credentials.secretAccessKey(), credentials.description()));
    }

    private String unsupportedCredentials() {
        if (this.unsupportedCredentials.isEmpty()) {
            return "";
        }
        return " " + String.join(" and ", this.unsupportedCredentials) + " " + ((this.unsupportedCredentials.size() > 1)
                ? "are" : "is") + " set, but this version authenticates with an access key id and a secret access "
                + "key only.";
    }

    /** @return every place looked at, in order */
    String describe() {
        return this.sources.stream().map(LakeFSConnectionSource::description).collect(Collectors.joining(", "));
    }

}
