package io.github.lakefsspring.autoconfigure;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.s3.S3RoutingClients;
import io.github.lakefsspring.s3.S3RoutingRule;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;

/**
 * An AWS SDK {@link S3Client} on the lakeFS S3 gateway (qualifier {@code lakeFS}): the lakeFS endpoint's root,
 * the lakeFS credentials, path-style access, checksums only when required (as the gateway needs), the lakeFS
 * timeouts and SSL bundle. With {@code lakefs.s3.router.rules}, also a routing client (qualifier
 * {@code lakeFSRouter}).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
@ConditionalOnClass({ S3Client.class, ApacheHttpClient.class })
@ConditionalOnBooleanProperty(name = "lakefs.s3.enabled", matchIfMissing = true)
public final class LakeFSS3AutoConfiguration {

    LakeFSS3AutoConfiguration() {
    }

    @Bean(name = "lakeFSS3Client", destroyMethod = "close")
    @Qualifier("lakeFS")
    @ConditionalOnMissingBean(name = "lakeFSS3Client")
    S3Client lakeFSS3Client(LakeFSConnectionDetails connection, LakeFSProperties properties,
            ObjectProvider<SslBundles> sslBundles) {
        ApacheHttpClient.Builder http = ApacheHttpClient.builder()
            .connectionTimeout(properties.getConnectTimeout())
            .socketTimeout(properties.getReadTimeout());
        SslBundle bundle = sslBundle(properties, sslBundles.getIfAvailable());
        if (bundle != null) {
            http.tlsTrustManagersProvider(() -> bundle.getManagers().getTrustManagers());
            http.tlsKeyManagersProvider(() -> bundle.getManagers().getKeyManagers());
        }
        return S3Client.builder()
            .endpointOverride(gatewayEndpoint(connection.getEndpoint()))
            .region(Region.of(properties.getS3().getRegion()))
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(connection.getAccessKeyId(), connection.getSecretAccessKey())))
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClientBuilder(http)
            .build();
    }

    @Bean(name = "lakeFSS3AsyncClient", destroyMethod = "close")
    @Qualifier("lakeFS")
    @ConditionalOnClass(name = "software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient")
    @ConditionalOnMissingBean(name = "lakeFSS3AsyncClient")
    S3AsyncClient lakeFSS3AsyncClient(LakeFSConnectionDetails connection, LakeFSProperties properties,
            ObjectProvider<SslBundles> sslBundles) {
        NettyNioAsyncHttpClient.Builder http = NettyNioAsyncHttpClient.builder()
            .connectionTimeout(properties.getConnectTimeout())
            .readTimeout(properties.getReadTimeout());
        SslBundle bundle = sslBundle(properties, sslBundles.getIfAvailable());
        if (bundle != null) {
            http.tlsTrustManagersProvider(() -> bundle.getManagers().getTrustManagers());
            http.tlsKeyManagersProvider(() -> bundle.getManagers().getKeyManagers());
        }
        return S3AsyncClient.builder()
            .endpointOverride(gatewayEndpoint(connection.getEndpoint()))
            .region(Region.of(properties.getS3().getRegion()))
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(connection.getAccessKeyId(), connection.getSecretAccessKey())))
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .httpClientBuilder(http)
            .build();
    }

    @Bean(name = "lakeFSRoutingS3Client")
    @Qualifier("lakeFSRouter")
    @ConditionalOnProperty(prefix = "lakefs.s3.router.rules[0]", name = "bucket")
    @ConditionalOnMissingBean(name = "lakeFSRoutingS3Client")
    S3Client lakeFSRoutingS3Client(@Qualifier("lakeFS") S3Client lakeFS, ObjectProvider<S3Client> clients,
            LakeFSProperties properties) {
        S3Client defaultClient = clients.orderedStream()
            .filter((client) -> client != lakeFS && !isRouter(client))
            .findFirst()
            .orElse(null);
        List<S3RoutingRule> rules = properties.getS3().getRouter().getRules().stream()
            .map((rule) -> new S3RoutingRule(rule.getBucket(), target(rule.getTarget()), rule.getRepository(),
                    rule.getRef()))
            .toList();
        return S3RoutingClients.create(lakeFS, defaultClient, rules);
    }

    private static @org.jspecify.annotations.Nullable SslBundle sslBundle(LakeFSProperties properties,
            @org.jspecify.annotations.Nullable SslBundles bundles) {
        String name = properties.getSsl().getBundle();
        return (name != null && bundles != null) ? bundles.getBundle(name) : null;
    }

    private static boolean isRouter(S3Client client) {
        return java.lang.reflect.Proxy.isProxyClass(client.getClass());
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

    /** The gateway is served at the root of the lakeFS server: the API endpoint without {@code /api/v1}. */
    static URI gatewayEndpoint(String endpoint) {
        String api = LakeFSClientSettings.apiEndpoint(endpoint).toString();
        return URI.create(api.endsWith("/api/v1") ? api.substring(0, api.length() - "/api/v1".length()) : api);
    }

}
