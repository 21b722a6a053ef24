package io.github.lakefsspring.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.netty.handler.timeout.WriteTimeoutHandler;
import reactor.netty.http.client.HttpClient;

/**
 * What a Reactor Netty {@link HttpClient} needs for lakeFS calls, whoever builds it: a bound on a blocked write.
 * Reactor Netty's response timeout starts only once the request is sent, so without it an upload to a server that
 * stopped reading would wait forever; with it the connection fails once a write stays unfinished for longer than
 * the transfer timeout.
 */
public final class LakeFSReactorClients {

    private LakeFSReactorClients() {
    }

    /**
     * @param client the client to adapt
     * @param transferTimeout the longest a write may stay unfinished
     * @return the adapted client
     */
    public static HttpClient configure(HttpClient client, Duration transferTimeout) {
        long millis = transferTimeout.toMillis();
        return client.doOnConnected((connection) -> connection
            .addHandlerLast(new WriteTimeoutHandler(millis, TimeUnit.MILLISECONDS)));
    }

}
