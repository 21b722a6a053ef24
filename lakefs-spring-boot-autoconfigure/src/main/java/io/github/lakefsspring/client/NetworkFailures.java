package io.github.lakefsspring.client;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.handler.timeout.WriteTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.PrematureCloseException;

import org.springframework.core.NestedExceptionUtils;

/**
 * Turns a transport failure, blocking or reactive, into a {@link LakeFSNetworkException} that names the call, the
 * server and, for a timeout, the bound that ran out; and says whether the request surely never reached lakeFS or
 * its answer was cut (which makes a call that is safe to repeat worth repeating).
 */
final class NetworkFailures {

    private NetworkFailures() {
    }

    /**
     * @param call the call, named as {@code getRepository (GET /repositories/repo)}
     * @param path the request's path as messages show it
     * @param uri the request's URI, for the server's host and port
     * @param silence the longest the server was allowed to stay silent
     * @param writeTimeout the longest a write may stay blocked (the transfer timeout)
     * @param failure what the transport threw
     * @return the exception to throw
     */
    static LakeFSNetworkException describe(CallContext call, String path, URI uri, Duration silence,
            Duration writeTimeout, Throwable failure) {
        String what = call.operation() + " (" + call.method() + " " + path + ")";
        String server = uri.getHost() + ":" + ((uri.getPort() > 0) ? uri.getPort()
                : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80));
        BodyWriteGuard.StalledWriteException stalled = cause(failure, BodyWriteGuard.StalledWriteException.class);
        if (stalled != null || cause(failure, WriteTimeoutException.class) != null) {
            return new LakeFSNetworkException("lakeFS at " + server + " stopped reading the request of " + what
                    + " for longer than the transfer timeout of " + ((stalled != null) ? stalled.timeout() : writeTimeout),
                    failure);
        }
        if (isTimeout(failure)) {
            return new LakeFSNetworkException("lakeFS at " + server + " did not answer " + what
                    + " within the response timeout of " + silence, failure);
        }
        if (cause(failure, ConnectException.class) != null || cause(failure, UnknownHostException.class) != null
                || cause(failure, NoRouteToHostException.class) != null) {
            return new LakeFSNetworkException("Cannot reach lakeFS at " + server + " for " + what + ": "
                    + rootMessage(failure), failure, true);
        }
        boolean cut = cause(failure, NoHttpResponseException.class) != null
                || cause(failure, ConnectionClosedException.class) != null
                || cause(failure, SocketException.class) != null || cause(failure, PrematureCloseException.class) != null;
        return new LakeFSNetworkException("lakeFS at " + server + " did not complete " + what + ": "
                + rootMessage(failure), failure, cut);
    }

    private static boolean isTimeout(Throwable failure) {
        return cause(failure, SocketTimeoutException.class) != null || cause(failure, TimeoutException.class) != null
                || cause(failure, ReadTimeoutException.class) != null;
    }

    static <T extends Throwable> @Nullable T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
        String message = root.getMessage();
        return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
    }

}
