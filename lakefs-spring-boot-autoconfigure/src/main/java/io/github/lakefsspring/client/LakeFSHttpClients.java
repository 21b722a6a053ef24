package io.github.lakefsspring.client;

import java.io.IOException;
import java.time.Duration;

import org.apache.hc.client5.http.classic.HttpClient;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The client's transport when the caller supplies none: Apache HttpClient 5 in its classic, blocking form (the
 * request is written and the answer read on the caller's thread, chosen by measurement, see BENCHMARKS.md), one
 * connection pool for API calls and transfers, and only what lakeFS calls need in the exec chain: no automatic
 * retries (the client retries), redirects, compression, cookies or per-user connection state, no HTTP
 * authentication bookkeeping on direct routes ({@link DirectRouteExec}); the {@link BodyWriteGuard} ends a stalled
 * or failed body write by cutting the connection.
 */
public final class LakeFSHttpClients {

    /** Connections kept per lakeFS server: enough for the concurrency of a busy application. */
    public static final int MAX_CONNECTIONS = 64;

    private LakeFSHttpClients() {
    }

    /**
     * Adapts an Apache HttpClient 5 builder for lakeFS calls (for builders made elsewhere, e.g. by Spring Boot).
     * @param builder the builder
     * @param transferTimeout the longest a request body's write may stay blocked
     */
    public static void configure(HttpClientBuilder builder, Duration transferTimeout) {
        builder.disableAutomaticRetries()
            .disableRedirectHandling()
            .disableContentCompression()
            .disableCookieManagement()
            .disableAuthCaching()
            .disableConnectionState()
            .evictIdleConnections(TimeValue.ofSeconds(30))
            .addExecInterceptorFirst(BodyWriteGuard.NAME, new BodyWriteGuard(transferTimeout));
        DirectRouteExec.install(builder);
    }

    /**
     * Adapts an Apache HttpClient 5 connection pool builder for lakeFS calls: its size, and connections that never
     * log headers or wire bytes (HttpClient's own loggers would print the credentials at DEBUG).
     * @param pool the builder
     */
    public static void configure(PoolingHttpClientConnectionManagerBuilder pool) {
        pool.setMaxConnTotal(MAX_CONNECTIONS)
            .setMaxConnPerRoute(MAX_CONNECTIONS)
            .setConnectionFactory(new QuietConnections());
    }

    /** @return the connection pool settings for lakeFS calls */
    static PoolingHttpClientConnectionManagerBuilder pool(LakeFSClientSettings settings) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create();
        configure(pool);
        return pool
            .setDefaultConnectionConfig(ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.readTimeout()))
                .build());
    }

    /** The two request factories a client needs, sharing one HTTP client and its pool. */
    record Factories(ClientHttpRequestFactory api, ClientHttpRequestFactory transfers, AutoCloseable owner) {
    }

    /** @return factories for API calls (read timeout) and transfers (transfer timeout) on one new pool */
    static Factories create(LakeFSClientSettings settings) {
        HttpClientBuilder builder = HttpClients.custom().setConnectionManager(pool(settings).build());
        configure(builder, settings.transferTimeout());
        CloseableHttpClient http = builder.build();
        return new Factories(factory(http, settings.readTimeout(), settings.connectTimeout()),
                factory(http, settings.transferTimeout(), settings.connectTimeout()), http);
    }

    /** @return a request factory on an existing HTTP client with its own read timeout */
    public static HttpComponentsClientHttpRequestFactory factory(HttpClient http,
            Duration readTimeout, Duration connectTimeout) {
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(http);
        factory.setReadTimeout(readTimeout);
        factory.setConnectionRequestTimeout(connectTimeout);
        return factory;
    }

    static void close(AutoCloseable owner) {
        try {
            owner.close();
        }
        catch (IOException ex) {
            // nothing left to release
        }
        catch (Exception ex) {
            throw new IllegalStateException("Closing the lakeFS HTTP client failed", ex);
        }
    }

}
