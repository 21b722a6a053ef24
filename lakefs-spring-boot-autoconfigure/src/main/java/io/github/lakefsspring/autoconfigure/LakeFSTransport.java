package io.github.lakefsspring.autoconfigure;

import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSHttpClients;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The one place lakeFS's transport is configured, for the REST client and the S3 clients alike: timeouts
 * ({@code lakefs.*}, else Spring Boot's {@code spring.http.clients.*}, else the defaults), the SSL bundle, the
 * proxy and, for development only, trust in any certificate. The REST client runs on Apache HttpClient 5 through
 * Spring Boot's request factory builder.
 */
final class LakeFSTransport {

    private static final Log logger = LogFactory.getLog(LakeFSTransport.class);

    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    private final LakeFSProperties properties;

    private final HttpClientSettings boot;

    private final @Nullable SslBundle sslBundle;

    /**
     * @param properties the lakeFS properties
     * @param boot Spring Boot's HTTP client settings ({@code spring.http.clients.*}), or the defaults
     * @param sslBundle the bundle that verifies lakeFS, from the connection details or {@code lakefs.ssl.bundle}
     */
    LakeFSTransport(LakeFSProperties properties, HttpClientSettings boot, @Nullable SslBundle sslBundle) {
        this.properties = properties;
        this.boot = boot;
        this.sslBundle = sslBundle;
    }

    Duration connectTimeout() {
        Duration configured = this.properties.getConnectTimeout();
        if (configured != null) {
            return configured;
        }
        return (this.boot.connectTimeout() != null) ? this.boot.connectTimeout() : DEFAULT_CONNECT_TIMEOUT;
    }

    Duration readTimeout() {
        Duration configured = this.properties.getReadTimeout();
        if (configured != null) {
            return configured;
        }
        return (this.boot.readTimeout() != null) ? this.boot.readTimeout() : DEFAULT_READ_TIMEOUT;
    }

    Duration transferTimeout() {
        return this.properties.getTransferTimeout();
    }

    @Nullable SslBundle sslBundle() {
        return this.sslBundle;
    }

    LakeFSProperties.Proxy proxy() {
        return this.properties.getProxy();
    }

    boolean verifiesCertificates() {
        return this.properties.getSsl().isVerify();
    }

    /**
     * The transport of a connection: Boot's {@code spring.http.clients.*} settings where present, and the SSL bundle
     * of the connection details or, failing that, the one {@code lakefs.ssl.bundle} names.
     * @throws LakeFSConfigurationException when {@code lakefs.ssl.bundle} names no configured bundle
     */
    static LakeFSTransport of(LakeFSProperties properties, ObjectProvider<HttpClientSettings> boot,
            LakeFSConnectionDetails connection, ObjectProvider<SslBundles> sslBundles) {
        SslBundle bundle = connection.getSslBundle();
        if (bundle == null) {
            bundle = namedBundle(properties.getSsl().getBundle(), sslBundles.getIfAvailable());
        }
        return new LakeFSTransport(properties, boot.getIfAvailable(HttpClientSettings::defaults), bundle);
    }

    private static @Nullable SslBundle namedBundle(@Nullable String name, @Nullable SslBundles sslBundles) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (sslBundles == null) {
            throw new LakeFSConfigurationException("lakefs.ssl.bundle=" + name + " names an SSL bundle, but no SSL "
                    + "bundles are configured.", "Define the bundle under spring.ssl.bundle.pem." + name
                    + " (or spring.ssl.bundle.jks." + name + "), or unset lakefs.ssl.bundle.");
        }
        try {
            return sslBundles.getBundle(name);
        }
        catch (NoSuchSslBundleException ex) {
            throw new LakeFSConfigurationException("lakefs.ssl.bundle=" + name + " is not a configured SSL bundle.",
                    "Define spring.ssl.bundle.pem." + name + " (or spring.ssl.bundle.jks." + name
                            + "), or fix lakefs.ssl.bundle.", ex);
        }
    }

    /** @return request factories for API calls and object transfers, on one Apache HttpClient 5 pool */
    Factories requestFactories() {
        HttpClientSettings settings = new HttpClientSettings(this.boot.cookieHandling(), HttpRedirects.DONT_FOLLOW,
                connectTimeout(), readTimeout(), this.sslBundle, this.boot.inetAddressFilter());
        if (!verifiesCertificates()) {
            warnInsecure();
        }
        HttpComponentsClientHttpRequestFactory api = ClientHttpRequestFactoryBuilder.httpComponents()
            .withHttpClientCustomizer((builder) -> {
                LakeFSHttpClients.configure(builder, transferTimeout());
                proxied(builder, proxy());
            })
            .withConnectionManagerCustomizer((pool) -> {
                LakeFSHttpClients.configure(pool);
                if (!verifiesCertificates()) {
                    pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(trustingEverything(),
                            NoopHostnameVerifier.INSTANCE));
                }
            })
            .build(settings);
        HttpComponentsClientHttpRequestFactory transfers = LakeFSHttpClients.factory(api.getHttpClient(),
                transferTimeout(), connectTimeout());
        return new Factories(api, transfers);
    }

    /** The request factories of the REST client. */
    record Factories(HttpComponentsClientHttpRequestFactory api, HttpComponentsClientHttpRequestFactory transfers) {
    }

    static void warnInsecure() {
        logger.warn("lakefs.ssl.verify is false: the lakeFS server's certificate is NOT verified. Anyone between this "
                + "application and lakeFS can read and change the traffic, including the credentials. Use it for "
                + "development only.");
    }

    /** @return a TLS context that trusts any certificate: {@code lakefs.ssl.verify=false}, development only */
    static SSLContext trustingEverything() {
        X509TrustManager trustAll = new X509TrustManager() {

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }

        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { trustAll }, new SecureRandom());
            return context;
        }
        catch (NoSuchAlgorithmException | KeyManagementException ex) {
            throw new IllegalStateException("TLS is not available", ex);
        }
    }

    private static void proxied(HttpClientBuilder builder, LakeFSProperties.Proxy proxy) {
        if (proxy.getHost() == null || proxy.getHost().isBlank()) {
            return;
        }
        HttpHost host = new HttpHost(proxy.getHost(), proxy.getPort());
        Pattern direct = (proxy.getNonProxyHosts() != null) ? Pattern.compile(proxy.getNonProxyHosts()) : null;
        builder.setRoutePlanner(new DefaultRoutePlanner(null) {

            @Override
            protected @Nullable HttpHost determineProxy(HttpHost target, HttpContext context) {
                return (direct != null && direct.matcher(target.getHostName()).matches()) ? null : host;
            }

        });
        if (proxy.getUsername() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            String password = (proxy.getPassword() != null) ? proxy.getPassword() : "";
            credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(proxy.getUsername(),
                    password.toCharArray()));
            builder.setDefaultCredentialsProvider(credentials);
        }
    }

}
