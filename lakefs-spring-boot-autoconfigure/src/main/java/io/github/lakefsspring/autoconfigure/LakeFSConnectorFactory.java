package io.github.lakefsspring.autoconfigure;

import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import reactor.netty.http.Http11SslContextSpec;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

import io.github.lakefsspring.client.LakeFSReactorClients;

import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.reactive.ClientHttpConnectorBuilder;
import org.springframework.http.client.reactive.ClientHttpConnector;

/**
 * Builds the reactive client's connector from the lakeFS transport, as {@link LakeFSTransport} builds the blocking
 * client's: Reactor Netty through Spring Boot's connector builder, with the transport's connect and read timeouts,
 * SSL bundle, proxy and (for development only) trust in any certificate, and the transfer timeout as the bound of
 * a blocked write; redirects are not followed.
 */
final class LakeFSConnectorFactory {

    private LakeFSConnectorFactory() {
    }

    static ClientHttpConnector connector(LakeFSTransport transport) {
        HttpClientSettings settings = new HttpClientSettings(null, HttpRedirects.DONT_FOLLOW, transport.connectTimeout(),
                transport.readTimeout(), transport.sslBundle(), null);
        if (!transport.verifiesCertificates()) {
            LakeFSTransport.warnInsecure();
        }
        return ClientHttpConnectorBuilder.reactor()
            .withHttpClientCustomizer((client) -> LakeFSReactorClients.configure(insecure(proxied(client,
                    transport.proxy()), transport), transport.transferTimeout()))
            .build(settings);
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

    private static HttpClient insecure(HttpClient client, LakeFSTransport transport) {
        if (transport.verifiesCertificates()) {
            return client;
        }
        return client.secure((spec) -> spec.sslContext(Http11SslContextSpec.forClient()
            .configure((builder) -> builder.trustManager(InsecureTrustManagerFactory.INSTANCE))));
    }

}
