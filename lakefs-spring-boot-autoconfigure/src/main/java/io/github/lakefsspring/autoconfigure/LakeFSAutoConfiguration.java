package io.github.lakefsspring.autoconfigure;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;
import io.github.lakefsspring.provisioning.LakeFSProvisioner;
import io.github.lakefsspring.client.ReactiveLakeFSClient;
import io.github.lakefsspring.client.TransferListener;
import io.github.lakefsspring.client.observation.LakeFSClientObservationConvention;
import io.github.lakefsspring.core.BranchOperations;
import io.github.lakefsspring.core.BranchTemplate;
import io.github.lakefsspring.core.LakeFSMergeValidator;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.RepositoryTemplate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.log.LogMessage;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;
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

    private static final String EMBEDDED_SERVER = "io.github.lakefsspring.embedded.EmbeddedLakeFSServer";

    LakeFSAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean(LakeFSConnectionDetails.class)
    PropertiesLakeFSConnectionDetails lakeFSConnectionDetails(LakeFSProperties properties, Environment environment,
            ResourceLoader resourceLoader) {
        LakeFSConnectionSources sources = LakeFSConnectionSources.of(properties, environment);
        ResolvedLakeFSConnection connection = sources.resolve()
            .orElseThrow(() -> noEndpoint(sources, environment, resourceLoader));
        logger.info(LogMessage.format("Using lakeFS at %s (endpoint from %s; credentials: %s)",
                connection.endpoint(), connection.endpointSource(), connection.credentialsSource()));
        return new PropertiesLakeFSConnectionDetails(connection);
    }

    @Bean
    @ConditionalOnMissingBean
    LakeFSCredentialsProvider lakeFSCredentialsProvider(LakeFSConnectionDetails connectionDetails) {
        return connectionDetails.getCredentialsProvider();
    }

    @Bean
    @ConditionalOnMissingBean
    LakeFSClient lakeFSClient(LakeFSConnectionDetails connectionDetails, LakeFSCredentialsProvider credentials,
            LakeFSProperties properties,
            Environment environment, ObjectProvider<RestClient.Builder> restClientBuilder,
            ObjectProvider<RestClientCustomizer> restClientCustomizers, ObjectProvider<LakeFSClientCustomizer> customizers,
            ObjectProvider<HttpClientSettings> httpClientSettings,
            ObjectProvider<SslBundles> sslBundles, ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<LakeFSClientObservationConvention> observationConvention,
            ObjectProvider<TransferListener> transfers) {
        LakeFSPropertiesCheck.check(properties, environment);
        LakeFSTransport transport = LakeFSTransport.of(properties, httpClientSettings, connectionDetails, sslBundles);
        RestClient.Builder builder = restClientBuilder
            .getIfAvailable(() -> customizedRestClient(restClientCustomizers))
            .clone();
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        LakeFSTransport.Factories factories = transport.requestFactories();
        return LakeFSClient.builder(clientSettings(connectionDetails, credentials, properties, transport))
            .restClientBuilder(builder)
            .requestFactories(factories.api(), factories.transfers())
            .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
            .observationConvention(observationConvention.getIfAvailable())
            .transferListener(transfers.getIfAvailable(() -> TransferListener.NONE))
            .build();
    }

    @Bean
    @ConditionalOnMissingBean
    ReactiveLakeFSClient reactiveLakeFSClient(LakeFSConnectionDetails connectionDetails,
            LakeFSCredentialsProvider credentials, LakeFSProperties properties,
            Environment environment, ObjectProvider<WebClient.Builder> webClientBuilder,
            ObjectProvider<WebClientCustomizer> webClientCustomizers,
            ObjectProvider<ReactiveLakeFSClientCustomizer> customizers,
            ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<ObservationRegistry> observations,
            ObjectProvider<LakeFSClientObservationConvention> observationConvention,
            ObjectProvider<TransferListener> transfers) {
        LakeFSPropertiesCheck.check(properties, environment);
        LakeFSTransport transport = LakeFSTransport.of(properties, httpClientSettings, connectionDetails, sslBundles);
        WebClient.Builder builder = webClientBuilder
            .getIfAvailable(() -> customizedWebClient(webClientCustomizers))
            .clone();
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        return ReactiveLakeFSClient.builder(clientSettings(connectionDetails, credentials, properties, transport))
            .webClientBuilder(builder)
            .connector(LakeFSConnectorFactory.connector(transport))
            .observationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP))
            .observationConvention(observationConvention.getIfAvailable())
            .transferListener(transfers.getIfAvailable(() -> TransferListener.NONE))
            .build();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    static class TransferMetrics {

        @Bean
        @ConditionalOnMissingBean
        TransferListener lakeFSTransferMetrics(ObjectProvider<MeterRegistry> meters) {
            return new MeterTransferListener(meters);
        }

    }

    @Bean
    @ConditionalOnBooleanProperty("lakefs.startup-check")
    @ConditionalOnMissingBean
    LakeFSStartupCheck lakeFSStartupCheck(LakeFSClient client) {
        return new LakeFSStartupCheck(client);
    }

    @Bean
    @ConditionalOnProperty(prefix = "lakefs.repositories[0]", name = "id")
    @ConditionalOnMissingBean
    LakeFSProvisioner lakeFSProvisioner(LakeFSClient client, LakeFSProperties properties) {
        return new LakeFSProvisioner(client, DeclaredRepositories.of(properties.getRepositories()),
                properties.getProvisioning().isPrune());
    }

    @Bean
    @ConditionalOnBean(LakeFSProvisioner.class)
    @ConditionalOnBooleanProperty(name = "lakefs.provisioning.enabled", matchIfMissing = true)
    @ConditionalOnMissingBean
    StartupProvisioning lakeFSStartupProvisioning(LakeFSProvisioner provisioner, LakeFSProperties properties) {
        return new StartupProvisioning(provisioner, properties.getProvisioning().isDryRun());
    }

    @Bean
    @ConditionalOnMissingBean(RepositoryOperations.class)
    RepositoryTemplate repositoryTemplate(LakeFSClient client, LakeFSProperties properties, Environment environment,
            ObjectProvider<LakeFSMergeValidator> mergeValidators) {
        LakeFSPropertiesCheck.check(properties, environment);
        return new RepositoryTemplate(client, properties.getPresign().getThreshold(),
                mergeValidators.orderedStream().toList());
    }

    @Bean
    @ConditionalOnMissingBean(BranchOperations.class)
    BranchTemplate branchTemplate(RepositoryOperations repositories, LakeFSProperties properties) {
        return new BranchTemplate(repositories, properties.getDefaultRepository(), properties.getDefaultBranch());
    }

    private static LakeFSConfigurationException noEndpoint(LakeFSConnectionSources sources, Environment environment,
            ResourceLoader resourceLoader) {
        String looked = "No lakeFS endpoint is configured. Looked in: " + sources.describe();
        String configure = "Set lakefs.endpoint, lakefs.access-key-id and lakefs.secret-access-key (or configure "
                + "lakectl)";
        if (!ClassUtils.isPresent(EMBEDDED_SERVER, resourceLoader.getClassLoader())) {
            return new LakeFSConfigurationException(looked + "; and lakefs-embedded is not on the class path.",
                    configure + ", or add io.github.lakefsspring:lakefs-embedded to the class path for an embedded "
                            + "server.");
        }
        String enabled = environment.getProperty("lakefs.embedded.enabled");
        if ("false".equalsIgnoreCase(enabled)) {
            return new LakeFSConfigurationException(looked + "; and lakefs-embedded is on the class path but "
                    + "lakefs.embedded.enabled=" + enabled + ".",
                    configure + ", or remove lakefs.embedded.enabled=false to start the embedded server.");
        }
        return new LakeFSConfigurationException(looked + "; and lakefs-embedded is on the class path but "
                + "LakeFSEmbeddedServerAutoConfiguration did not run (is it excluded?).",
                configure + ", or stop excluding LakeFSEmbeddedServerAutoConfiguration.");
    }

    /** Without Boot's builder (a reactive application), the application's customizers still apply. */
    private static RestClient.Builder customizedRestClient(ObjectProvider<RestClientCustomizer> customizers) {
        RestClient.Builder builder = RestClient.builder();
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        return builder;
    }

    /** Without Boot's builder, the application's customizers still apply. */
    private static WebClient.Builder customizedWebClient(ObjectProvider<WebClientCustomizer> customizers) {
        WebClient.Builder builder = WebClient.builder();
        customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
        return builder;
    }

    private static LakeFSClientSettings clientSettings(LakeFSConnectionDetails connectionDetails,
            LakeFSCredentialsProvider credentials, LakeFSProperties properties, LakeFSTransport transport) {
        LakeFSProperties.Retry retry = properties.getRetry();
        try {
            return new LakeFSClientSettings(connectionDetails.getEndpoint(), credentials, transport.connectTimeout(),
                    transport.readTimeout(),
                    transport.transferTimeout(), new LakeFSClientSettings.RetrySettings(retry.getMaxAttempts(),
                            retry.getInitialDelay(), retry.getMultiplier(), retry.getMaxDelay(), retry.getJitter()));
        }
        catch (IllegalArgumentException ex) {
            throw new LakeFSConfigurationException("The lakeFS connection is invalid: " + ex.getMessage(),
                    "Fix the endpoint or credentials named above (lakefs.endpoint, LAKECTL_SERVER_ENDPOINT_URL or "
                            + "the lakectl file; an endpoint must be an http:// or https:// URL).", ex);
        }
    }

}
