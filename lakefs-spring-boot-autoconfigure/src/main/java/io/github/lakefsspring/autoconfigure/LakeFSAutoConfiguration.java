package io.github.lakefsspring.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.log.LogMessage;

/**
 * Auto-configuration for lakeFS: resolves the connection and provides the beans an application
 * injects. Every bean backs off when the application defines its own.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@EnableConfigurationProperties(LakeFSProperties.class)
public final class LakeFSAutoConfiguration {

    private static final Log logger = LogFactory.getLog(LakeFSAutoConfiguration.class);

    LakeFSAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(LakeFSConnectionDetails.class)
    PropertiesLakeFSConnectionDetails lakeFSConnectionDetails(LakeFSProperties properties, Environment environment) {
        LakeFSConnectionSources sources = LakeFSConnectionSources.of(properties, environment);
        ResolvedLakeFSConnection connection = sources.resolve()
            .orElseThrow(() -> new LakeFSConfigurationException(
                    "No lakeFS endpoint is configured. Looked in: " + sources.describe()
                            + "; and no embedded server is available.",
                    "Set lakefs.endpoint, lakefs.access-key-id and lakefs.secret-access-key (or configure lakectl), "
                            + "or add io.github.lakefsspring:lakefs-embedded to the class path for an embedded "
                            + "server (and leave lakefs.embedded.enabled unset or true)."));
        logger.info(LogMessage.format("Using lakeFS at %s (endpoint from %s, credentials from %s)",
                connection.endpoint(), connection.endpointSource(), connection.credentialsSource()));
        return new PropertiesLakeFSConnectionDetails(connection);
    }

}
