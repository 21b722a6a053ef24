package io.github.lakefsspring.benchmarks;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;

/**
 * The measurement that chose the blocking client's transport: the same client, call for call, on each transport
 * Spring's {@code RestClient} supports, against the official SDK on OkHttp. Apache HttpClient 5 is the client's own
 * default (no request factory given).
 */
final class Transports {

    private Transports() {
    }

    /**
     * A client on one transport, named for the report; closing it closes the client, which stops the transport's
     * own threads (Jetty's are not daemons, and would keep the harness JVM alive after the report is written).
     */
    record Transport(String name, LakeFSClient client) implements Rounds.Named, AutoCloseable {

        @Override
        public void close() {
            this.client.close();
        }
    }

    static List<Transport> all(LakeFSClientSettings settings, int connections) {
        List<Transport> transports = new ArrayList<>();
        transports.add(new Transport("Apache HttpClient 5 (chosen)", LakeFSClient.create(settings)));
        transports.add(on("JDK HttpClient", settings, () -> new JdkClientHttpRequestFactory(HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .build())));
        transports.add(on("Reactor Netty", settings, ReactorClientHttpRequestFactory::new));
        transports.add(on("Jetty", settings, JettyClientHttpRequestFactory::new));
        return transports;
    }

    private static Transport on(String name, LakeFSClientSettings settings,
            Supplier<? extends ClientHttpRequestFactory> factory) {
        ClientHttpRequestFactory api = readTimeout(factory.get(), settings.readTimeout());
        ClientHttpRequestFactory transfers = readTimeout(factory.get(), settings.transferTimeout());
        return new Transport(name, LakeFSClient.builder(settings).requestFactories(api, transfers).build());
    }

    private static ClientHttpRequestFactory readTimeout(ClientHttpRequestFactory factory, Duration timeout) {
        if (factory instanceof JdkClientHttpRequestFactory jdk) {
            jdk.setReadTimeout(timeout);
        }
        else if (factory instanceof ReactorClientHttpRequestFactory reactor) {
            reactor.setReadTimeout(timeout);
        }
        else if (factory instanceof JettyClientHttpRequestFactory jetty) {
            jetty.setReadTimeout(timeout);
        }
        return factory;
    }

}
