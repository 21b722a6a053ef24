package io.github.lakefsspring.autoconfigure;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.http.nio.netty.ProxyConfiguration;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;

import io.github.lakefsspring.s3.S3RoutingClients;
import io.github.lakefsspring.s3.S3RoutingRule;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * AWS SDK S3 clients on the lakeFS S3 gateway, qualifier {@code lakeFS} (an {@link S3Client}, and an
 * {@link S3AsyncClient} when the SDK's Netty client is present), and with {@code lakefs.s3.router.rules} a routing
 * client, qualifier {@code lakeFSRouter}. None of them is a default candidate: a plain {@code S3Client} injection
 * point keeps getting the application's own client, and only {@code @Qualifier("lakeFS")} (or the bean name) gets
 * lakeFS's. They share the lakeFS transport's timeouts, SSL bundle and proxy, and are observed.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
@ConditionalOnClass({ S3Client.class, ApacheHttpClient.class })
@ConditionalOnBooleanProperty(name = "lakefs.s3.enabled", matchIfMissing = true)
public final class LakeFSS3AutoConfiguration {

    LakeFSS3AutoConfiguration() {
    }

    @Bean(name = "lakeFSS3Client", destroyMethod = "close", defaultCandidate = false)
    @Qualifier("lakeFS")
    @ConditionalOnMissingBean(name = "lakeFSS3Client")
    S3Client lakeFSS3Client(LakeFSConnectionDetails connection, LakeFSProperties properties,
            ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<ObservationRegistry> observations) {
        LakeFSS3ClientConfigurer configurer = configurer(connection, properties, httpClientSettings, sslBundles,
                observations);
        return configurer.configure(S3Client.builder())
            .httpClientBuilder(configurer.sync(configurer.apacheHttpClient()))
            .build();
    }

    @Bean(name = "lakeFSRoutingS3Client", defaultCandidate = false)
    @Qualifier("lakeFSRouter")
    @ConditionalOnProperty(prefix = "lakefs.s3.router.rules[0]", name = "bucket")
    @ConditionalOnMissingBean(name = "lakeFSRoutingS3Client")
    S3Client lakeFSRoutingS3Client(@Qualifier("lakeFS") S3Client lakeFS, ObjectProvider<S3Client> applicationClients,
            LakeFSProperties properties) {
        List<S3RoutingRule> rules = properties.getS3().getRouter().getRules().stream()
            .map((rule) -> new S3RoutingRule(rule.getBucket(), target(rule.getTarget()), rule.getRepository(),
                    rule.getRef()))
            .toList();
        return S3RoutingClients.create(lakeFS, applicationClients.getIfUnique(), rules);
    }

    private static LakeFSS3ClientConfigurer configurer(LakeFSConnectionDetails connection, LakeFSProperties properties,
            ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<ObservationRegistry> observations) {
        LakeFSTransport transport = LakeFSTransport.of(properties, httpClientSettings, connection, sslBundles);
        if (!transport.verifiesCertificates()) {
            LakeFSTransport.warnInsecure();
        }
        return new LakeFSS3ClientConfigurer(connection, properties, transport, observations.getIfAvailable());
    }

    private static S3RoutingRule.Target target(String name) {
        try {
            return S3RoutingRule.Target.valueOf(name.toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException ex) {
            throw new LakeFSConfigurationException("lakefs.s3.router.rules target '" + name + "' is invalid.",
                    "Use 'lakefs' or 'default'.", ex);
        }
    }

    /** The async client, on the AWS SDK's Netty HTTP client. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(NettyNioAsyncHttpClient.class)
    static class Async {

        @Bean(name = "lakeFSS3AsyncClient", destroyMethod = "close", defaultCandidate = false)
        @Qualifier("lakeFS")
        @ConditionalOnMissingBean(name = "lakeFSS3AsyncClient")
        S3AsyncClient lakeFSS3AsyncClient(LakeFSConnectionDetails connection, LakeFSProperties properties,
                ObjectProvider<HttpClientSettings> httpClientSettings, ObjectProvider<SslBundles> sslBundles,
                ObjectProvider<ObservationRegistry> observations) {
            LakeFSS3ClientConfigurer configurer = configurer(connection, properties, httpClientSettings, sslBundles,
                    observations);
            return configurer.configure(S3AsyncClient.builder())
                .httpClientBuilder(configurer.async(nettyHttpClient(configurer)))
                .build();
        }

        private static NettyNioAsyncHttpClient.Builder nettyHttpClient(LakeFSS3ClientConfigurer configurer) {
            LakeFSTransport transport = configurer.transport();
            NettyNioAsyncHttpClient.Builder http = NettyNioAsyncHttpClient.builder()
                .connectionTimeout(transport.connectTimeout())
                .readTimeout(transport.readTimeout());
            SslBundle bundle = transport.sslBundle();
            if (bundle != null) {
                http.tlsTrustManagersProvider(() -> bundle.getManagers().getTrustManagers());
                http.tlsKeyManagersProvider(() -> bundle.getManagers().getKeyManagers());
            }
            URI proxy = configurer.proxyFor(configurer.gateway());
            if (proxy != null) {
                LakeFSProperties.Proxy settings = transport.proxy();
                ProxyConfiguration.Builder configuration = ProxyConfiguration.builder()
                    .scheme(proxy.getScheme())
                    .host(proxy.getHost())
                    .port(proxy.getPort())
                    .nonProxyHosts(Set.of())
                    .useSystemPropertyValues(false)
                    .useEnvironmentVariableValues(false);
                if (settings.getUsername() != null) {
                    configuration.username(settings.getUsername()).password(settings.getPassword());
                }
                http.proxyConfiguration(configuration.build());
            }
            return http;
        }

    }

}
