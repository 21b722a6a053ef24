package io.github.lakefsspring.autoconfigure;

import java.net.URI;
import java.util.regex.Pattern;

import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpConfigurationOption;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.apache.ProxyConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3BaseClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.utils.AttributeMap;

import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.s3.S3Observations;

import org.springframework.boot.ssl.SslBundle;

/**
 * Configures every AWS SDK S3 client builder on the lakeFS gateway the same way, sync and async alike: the lakeFS
 * endpoint's root, the lakeFS credentials, path-style access, checksums only when required (the gateway needs
 * it), the region, observation; and, on their HTTP clients, the lakeFS transport's timeouts, SSL bundle, proxy
 * and (development only) trust in any certificate.
 */
final class LakeFSS3ClientConfigurer {

    private static final Log logger = LogFactory.getLog(LakeFSS3ClientConfigurer.class);

    private final LakeFSConnectionDetails connection;

    private final LakeFSProperties properties;

    private final LakeFSTransport transport;

    private final @Nullable ObservationRegistry observations;

    LakeFSS3ClientConfigurer(LakeFSConnectionDetails connection, LakeFSProperties properties, LakeFSTransport transport,
            @Nullable ObservationRegistry observations) {
        this.connection = connection;
        this.properties = properties;
        this.transport = transport;
        this.observations = observations;
    }

    /** Applies the lakeFS settings to a sync or async S3 client builder. */
    <B extends AwsClientBuilder<B, ?> & S3BaseClientBuilder<B, ?>> B configure(B builder) {
        builder.endpointOverride(gatewayEndpoint(this.connection.getEndpoint()))
            .region(Region.of(this.properties.getS3().getRegion()))
            .credentialsProvider(gatewayCredentials())
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (this.observations != null) {
            builder.overrideConfiguration(ClientOverrideConfiguration.builder()
                .addExecutionInterceptor(new S3Observations(this.observations))
                .build());
        }
        return builder;
    }

    /**
     * The access key pair, which the gateway's SigV4 needs; a connection that authenticates with a token only gets a
     * provider that fails each S3 call saying so (the clients are built anyway: they are injected only by
     * qualifier, and an application that never asks for them must still start).
     */
    private AwsCredentialsProvider gatewayCredentials() {
        String accessKeyId = this.connection.getAccessKeyId();
        String secretAccessKey = this.connection.getSecretAccessKey();
        if (accessKeyId != null && secretAccessKey != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey));
        }
        String missing = "The lakeFS S3 gateway signs requests with an access key pair (SigV4), but lakeFS is "
                + "configured with " + this.connection.getCredentialsProvider()
                + " only: set lakefs.access-key-id and lakefs.secret-access-key (or lakectl's keys) to use the "
                + "lakeFS S3 clients.";
        logger.info(missing);
        return () -> {
            throw new IllegalStateException(missing);
        };
    }

    /** @return the sync client's HTTP client builder */
    ApacheHttpClient.Builder apacheHttpClient() {
        ApacheHttpClient.Builder http = ApacheHttpClient.builder()
            .connectionTimeout(this.transport.connectTimeout())
            .socketTimeout(this.transport.readTimeout());
        SslBundle bundle = this.transport.sslBundle();
        if (bundle != null) {
            http.tlsTrustManagersProvider(() -> bundle.getManagers().getTrustManagers());
            http.tlsKeyManagersProvider(() -> bundle.getManagers().getKeyManagers());
        }
        URI proxy = proxyFor(gateway());
        if (proxy != null) {
            LakeFSProperties.Proxy settings = this.transport.proxy();
            ProxyConfiguration.Builder configuration = ProxyConfiguration.builder()
                .endpoint(proxy)
                .useSystemPropertyValues(false)
                .useEnvironmentVariableValues(false);
            if (settings.getUsername() != null) {
                configuration.username(settings.getUsername()).password(settings.getPassword());
            }
            http.proxyConfiguration(configuration.build());
        }
        return http;
    }

    /** @return the service defaults an HTTP client is built with: trust in any certificate when verification is off */
    AttributeMap httpDefaults(AttributeMap serviceDefaults) {
        if (this.transport.verifiesCertificates()) {
            return serviceDefaults;
        }
        return AttributeMap.builder()
            .put(SdkHttpConfigurationOption.TRUST_ALL_CERTIFICATES, Boolean.TRUE)
            .build()
            .merge(serviceDefaults);
    }

    /** @return the proxy to reach the gateway through, or null to reach it directly */
    @Nullable URI proxyFor(URI gateway) {
        LakeFSProperties.Proxy proxy = this.transport.proxy();
        if (proxy.getHost() == null || proxy.getHost().isBlank()) {
            return null;
        }
        if (proxy.getNonProxyHosts() != null && Pattern.compile(proxy.getNonProxyHosts()).matcher(gateway.getHost())
            .matches()) {
            return null;
        }
        return URI.create("http://" + proxy.getHost() + ":" + proxy.getPort());
    }

    /** @return an SDK-managed sync HTTP client builder that also applies {@link #httpDefaults} */
    SdkHttpClient.Builder<?> sync(SdkHttpClient.Builder<?> http) {
        return new SyncHttp(http, this);
    }

    /** @return an SDK-managed async HTTP client builder that also applies {@link #httpDefaults} */
    SdkAsyncHttpClient.Builder<?> async(SdkAsyncHttpClient.Builder<?> http) {
        return new AsyncHttp(http, this);
    }

    LakeFSTransport transport() {
        return this.transport;
    }

    URI gateway() {
        return gatewayEndpoint(this.connection.getEndpoint());
    }

    /** The gateway is served at the root of the lakeFS server: the API endpoint without {@code /api/v1}. */
    static URI gatewayEndpoint(String endpoint) {
        String api = LakeFSClientSettings.apiEndpoint(endpoint).toString();
        return URI.create(api.endsWith("/api/v1") ? api.substring(0, api.length() - "/api/v1".length()) : api);
    }

    private record SyncHttp(SdkHttpClient.Builder<?> http, LakeFSS3ClientConfigurer configurer)
            implements SdkHttpClient.Builder<SyncHttp> {

        @Override
        public SdkHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return this.http.buildWithDefaults(this.configurer.httpDefaults(serviceDefaults));
        }

    }

    private record AsyncHttp(SdkAsyncHttpClient.Builder<?> http, LakeFSS3ClientConfigurer configurer)
            implements SdkAsyncHttpClient.Builder<AsyncHttp> {

        @Override
        public SdkAsyncHttpClient buildWithDefaults(AttributeMap serviceDefaults) {
            return this.http.buildWithDefaults(this.configurer.httpDefaults(serviceDefaults));
        }

    }

}
