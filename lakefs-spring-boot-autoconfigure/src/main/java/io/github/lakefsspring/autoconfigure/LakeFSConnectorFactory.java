package io.github.lakefsspring.autoconfigure;

import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * Builds the HTTP connector for lakeFS calls from {@code lakefs.*}: Reactor Netty with the connect and read
 * timeouts, the SSL bundle, the proxy, and (for development only) trust in any certificate.
 */
final class LakeFSConnectorFactory {

    private static final Log logger = LogFactory.getLog(LakeFSConnectorFactory.class);

    private LakeFSConnectorFactory() {
    }

    static ClientHttpConnector connector(LakeFSProperties properties, @Nullable SslBundles sslBundles) {
        SslBundle bundle = sslBundle(properties.getSsl().getBundle(), sslBundles);
        HttpClientSettings settings = new HttpClientSettings(null, properties.getConnectTimeout(),
                properties.getReadTimeout(), bundle);
        return ClientHttpConnectorBuilder.reactor()
            .withHttpClientCustomizer((client) -> insecure(proxied(client, properties.getProxy()), properties.getSsl()))
            .build(settings);
    }

    private static @Nullable SslBundle sslBundle(@Nullable String name, @Nullable SslBundles sslBundles) {
        if (name == null || name.isBlank()) {
            return null;
        }
        if (sslBundles == null) {
            throw new LakeFSConfigurationException("lakefs.ssl.bundle is '" + name + "' but no SSL bundles are "
                    + "configured.", "Define the bundle under spring.ssl.bundle.pem." + name + " (or .jks.) or unset "
                    + "lakefs.ssl.bundle.");
        }
        try {
            return sslBundles.getBundle(name);
        }
        catch (NoSuchSslBundleException ex) {
            throw new LakeFSConfigurationException("lakefs.ssl.bundle is '" + name + "', which is not a configured "
                    + "SSL bundle.", "Define spring.ssl.bundle.pem." + name + " (or .jks.) or fix lakefs.ssl.bundle.",
                    ex);
        }
    }

    private static HttpClient proxied(HttpClient client, LakeFSProperties.Proxy proxy) {
        if (proxy.getHost() == null || proxy.getHost().isBlank()) {
            return client;
        }
        return client.proxy((spec) -> {
            ProxyProvider.Builder builder = spec.type(ProxyProvider.Proxy.HTTP)
                .host(proxy.getHost())
                .port(proxy.getPort());
            if (proxy.getUsername() != null) {
                String password = proxy.getPassword();
                builder.username(proxy.getUsername()).password((user) -> (password != null) ? password : "");
            }
            if (proxy.getNonProxyHosts() != null) {
                builder.nonProxyHosts(proxy.getNonProxyHosts());
            }
        });
    }

    private static HttpClient insecure(HttpClient client, LakeFSProperties.Ssl ssl) {
        if (ssl.isVerify()) {
            return client;
        }
        logger.warn("lakefs.ssl.verify is false: the lakeFS server's certificate is NOT verified. Anyone between this "
                + "application and lakeFS can read and change the traffic, including the credentials. Use it for "
                + "development only.");
        return client.secure((spec) -> spec.sslContext(Http11SslContextSpec.forClient()
            .configure((builder) -> builder.trustManager(InsecureTrustManagerFactory.INSTANCE))));
    }

}
