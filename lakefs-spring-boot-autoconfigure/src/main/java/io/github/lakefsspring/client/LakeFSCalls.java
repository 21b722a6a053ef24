package io.github.lakefsspring.client;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.LakeFSOperation;
import io.github.lakefsspring.client.observation.DefaultLakeFSClientObservationConvention;
import io.github.lakefsspring.client.observation.DefaultLakeFSRetryObservationConvention;
import io.github.lakefsspring.client.observation.LakeFSClientObservation;
import io.github.lakefsspring.client.observation.LakeFSClientObservationContext;
import io.github.lakefsspring.client.observation.LakeFSClientObservationConvention;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.service.annotation.HttpExchange;

/**
 * The one path every lakeFS call takes: it is observed (one observation per operation, retries included), retried
 * when safe ({@link LakeFSRetries}), and its network failures become {@link LakeFSNetworkException}s naming the
 * operation, the server and the timeout that ran out. HTTP interface proxies are wrapped so that each of their
 * methods takes this path; object transfers take it directly.
 */
final class LakeFSCalls {

    private static final List<String> BRANCH_VARIABLES = List.of("branch", "ref", "destinationBranch");

    private final ObservationRegistry observations;

    private final @Nullable LakeFSClientObservationConvention convention;

    private final LakeFSRetries retries;

    private final LakeFSErrorDecoder errors;

    private final URI apiBase;

    private final Duration readTimeout;

    LakeFSCalls(LakeFSClientSettings settings, ObservationRegistry observations,
            @Nullable LakeFSClientObservationConvention convention, LakeFSErrorDecoder errors) {
        this.observations = observations;
        this.convention = convention;
        this.errors = errors;
        this.apiBase = settings.apiEndpoint();
        this.readTimeout = settings.readTimeout();
        this.retries = new LakeFSRetries(settings.retry(), this::observeRetry);
    }

    /** @return a proxy calling {@code target} through this pipeline */
    <T> T wrap(Class<T> type, T target) {
        Map<Method, Operation> operations = new HashMap<>();
        for (Method method : type.getMethods()) {
            LakeFSOperation operation = method.getAnnotation(LakeFSOperation.class);
            if (operation != null) {
                operations.put(method, Operation.of(method, operation));
            }
        }
        InvocationHandler handler = (proxy, method, args) -> {
            Operation operation = operations.get(method);
            if (operation == null) {
                return invoke(method, target, args);
            }
            CallContext call = operation.call(args);
            return run(call, this.readTimeout, () -> invoke(method, target, args));
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
    }

    /**
     * Runs one call: observed, retried when safe, network failures translated.
     * @param call the operation
     * @param silence the longest the server may stay silent, named in timeout messages
     * @param attempt makes one attempt
     * @return what the call returns
     */
    <R> R run(CallContext call, Duration silence, Supplier<R> attempt) {
        LakeFSClientObservationContext context = new LakeFSClientObservationContext(call.operation(), call.method(),
                call.repository(), call.branch());
        Observation observation = LakeFSClientObservation.REQUEST.observation(this.convention,
                DefaultLakeFSClientObservationConvention.INSTANCE, () -> context, this.observations);
        observation.start();
        try (Observation.Scope scope = observation.openScope(); CallContext.Scope active = call.open()) {
            R result = this.retries.run(call, () -> translated(call, silence, attempt));
            context.setOutcome("SUCCESS");
            context.setStatus(200);
            return result;
        }
        catch (LakeFSServerException ex) {
            context.setStatus(ex.status());
            context.setOutcome((ex.status() < 500) ? "CLIENT_ERROR" : "SERVER_ERROR");
            observation.error(ex);
            throw ex;
        }
        catch (RuntimeException | Error ex) {
            context.setOutcome("NETWORK_ERROR");
            observation.error(ex);
            throw ex;
        }
        finally {
            observation.stop();
        }
    }

    private <R> R translated(CallContext call, Duration silence, Supplier<R> attempt) {
        try {
            return attempt.get();
        }
        catch (ResourceAccessException ex) {
            throw networkFailure(call, silence, ex);
        }
        catch (UncheckedTransferException ex) {
            throw networkFailure(call, silence, ex);
        }
    }

    /** A network failure described with the operation, the server and, for a timeout, the bound that ran out. */
    LakeFSNetworkException networkFailure(CallContext call, Duration silence, Throwable failure) {
        URI uri = (call.uri() != null) ? call.uri() : this.apiBase;
        String server = uri.getHost() + ":" + ((uri.getPort() > 0) ? uri.getPort()
                : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80));
        String what = call.operation() + " (" + call.method() + " " + this.errors.describe(call.uri()) + ")";
        StallGuard.StalledWriteException stalled = cause(failure, StallGuard.StalledWriteException.class);
        if (stalled != null) {
            return new LakeFSNetworkException("lakeFS at " + server + " stopped reading the request of " + what
                    + " for longer than the transfer timeout of " + stalled.timeout(), failure);
        }
        if (cause(failure, SocketTimeoutException.class) != null) {
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
                || cause(failure, SocketException.class) != null;
        return new LakeFSNetworkException("lakeFS at " + server + " did not complete " + what + ": "
                + rootMessage(failure), failure, cut);
    }

    private void observeRetry(CallContext call) {
        LakeFSClientObservationContext context = new LakeFSClientObservationContext(call.operation(), call.method(),
                call.repository(), call.branch());
        LakeFSClientObservation.RETRY.observation(null, DefaultLakeFSRetryObservationConvention.INSTANCE,
                () -> context, this.observations).observe(() -> {
                });
    }

    private static @Nullable Object invoke(Method method, Object target, Object[] args) {
        try {
            return method.invoke(target, args);
        }
        catch (InvocationTargetException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
        catch (IllegalAccessException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static <T extends Throwable> @Nullable T cause(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
    }

    /** An I/O failure of a transfer, carried out of code that cannot throw checked exceptions. */
    static final class UncheckedTransferException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UncheckedTransferException(IOException cause) {
            super(cause.getMessage(), cause);
        }

    }

    /** What an HTTP interface method calls, and where its repository and branch arguments are. */
    private record Operation(String name, String method, boolean idempotent, int repositoryIndex, int branchIndex) {

        static Operation of(Method method, LakeFSOperation operation) {
            HttpExchange exchange = AnnotatedElementUtils.findMergedAnnotation(method, HttpExchange.class);
            String httpMethod = (exchange != null && !exchange.method().isEmpty()) ? exchange.method() : "GET";
            int repository = -1;
            int branch = -1;
            Parameter[] parameters = method.getParameters();
            for (int i = 0; i < parameters.length; i++) {
                PathVariable variable = parameters[i].getAnnotation(PathVariable.class);
                if (variable == null) {
                    continue;
                }
                if (variable.value().equals("repository")) {
                    repository = i;
                }
                else if (BRANCH_VARIABLES.contains(variable.value()) && (branch < 0
                        || BRANCH_VARIABLES.indexOf(variable.value()) < BRANCH_VARIABLES.indexOf(parameters[branch]
                            .getAnnotation(PathVariable.class).value()))) {
                    branch = i;
                }
            }
            return new Operation(operation.value(), httpMethod, operation.idempotent(), repository, branch);
        }

        CallContext call(@Nullable Object[] args) {
            return new CallContext(this.name, this.method, this.idempotent, argument(args, this.repositoryIndex),
                    argument(args, this.branchIndex));
        }

        private static @Nullable String argument(@Nullable Object[] args, int index) {
            return (args != null && index >= 0 && args[index] != null) ? args[index].toString() : null;
        }

    }

}
