package io.github.lakefsspring.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.micrometer.observation.ObservationRegistry;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.TransferListener;
import io.github.lakefsspring.core.BranchOperations;
import io.github.lakefsspring.core.BranchTemplate;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.RepositoryTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.log.LogMessage;
import org.springframework.web.reactive.function.client.WebClient;

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

    @Bean
    @ConditionalOnMissingBean
    LakeFSClient lakeFSClient(LakeFSConnectionDetails connectionDetails, LakeFSProperties properties,
            ObjectProvider<WebClient.Builder> webClientBuilder, ObjectProvider<LakeFSClientCustomizer> customizers,
            ObjectProvider<SslBundles> sslBundles, ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<TransferListener> transfers) {
        LakeFSClientSettings settings = clientSettings(connectionDetails, properties);
        WebClient.Builder builder = webClientBuilder.getIfAvailable(WebClient::builder).clone();
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        return LakeFSClient.create(builder, settings,
                LakeFSConnectorFactory.connector(properties, sslBundles.getIfAvailable()),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                transfers.getIfAvailable(() -> TransferListener.NONE));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class TransferMetrics {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
        TransferListener lakeFSTransferMetrics(ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
            return new MeterTransferListener(meters);
        }

    }

    @Bean
    @ConditionalOnMissingBean(RepositoryOperations.class)
    RepositoryTemplate repositoryTemplate(LakeFSClient client) {
        return new RepositoryTemplate(client);
    }

    @Bean
    @ConditionalOnMissingBean(BranchOperations.class)
    BranchTemplate branchTemplate(RepositoryOperations repositories, LakeFSProperties properties) {
        return new BranchTemplate(repositories, properties.getDefaultRepository(), properties.getDefaultBranch());
    }

    private static LakeFSClientSettings clientSettings(LakeFSConnectionDetails connectionDetails,
            LakeFSProperties properties) {
        LakeFSProperties.Retry retry = properties.getRetry();
        try {
            return new LakeFSClientSettings(connectionDetails.getEndpoint(), connectionDetails.getAccessKeyId(),
                    connectionDetails.getSecretAccessKey(), properties.getConnectTimeout(),
                    properties.getReadTimeout(), properties.getTransferTimeout(), new LakeFSClientSettings.RetrySettings(retry.getMaxAttempts(),
                            retry.getInitialDelay(), retry.getMultiplier(), retry.getMaxDelay(), retry.getJitter()));
        }
        catch (IllegalArgumentException ex) {
            throw new LakeFSConfigurationException("Invalid lakeFS client configuration: " + ex.getMessage(),
                    "Fix the value named above (lakefs.endpoint must be an http:// or https:// URL; timeouts must "
                            + "be positive; lakefs.retry.max-attempts at least 1 and lakefs.retry.multiplier at "
                            + "least 1).", ex);
        }
    }

}
