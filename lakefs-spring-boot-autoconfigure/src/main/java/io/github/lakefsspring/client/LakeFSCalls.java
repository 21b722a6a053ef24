package io.github.lakefsspring.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.observation.LakeFSClientObservationConvention;

import org.springframework.web.client.ResourceAccessException;

/**
 * The one path every lakeFS call takes: it is observed (one observation per operation, retries included), retried
 * when safe ({@link LakeFSRetries}), and its network failures become {@link LakeFSNetworkException}s naming the
 * operation, the server and the timeout that ran out. HTTP interface proxies are wrapped so that each of their
 * methods takes this path; object transfers take it directly.
 */
final class LakeFSCalls {

    private final ObservationRegistry observations;

    private final @Nullable LakeFSClientObservationConvention convention;

    private final LakeFSRetries retries;

    private final LakeFSErrorDecoder errors;

    private final URI apiBase;

    private final Duration readTimeout;

    private final Duration transferTimeout;

    private @Nullable CredentialsCache credentials;

    LakeFSCalls(LakeFSClientSettings settings, ObservationRegistry observations,
            @Nullable LakeFSClientObservationConvention convention, LakeFSErrorDecoder errors) {
        this.observations = observations;
        this.convention = convention;
        this.errors = errors;
        this.apiBase = settings.apiEndpoint();
        this.readTimeout = settings.readTimeout();
        this.transferTimeout = settings.transferTimeout();
        this.retries = new LakeFSRetries(settings.retry(), (call) -> CallObservation.retried(call, observations));
    }

    /**
     * The credentials whose tokens a 401 may have outdated: a call that is safe to repeat is then sent once more
     * with renewed credentials.
     */
    void replayRejectedWith(CredentialsCache credentials) {
        this.credentials = credentials;
    }

    /** @return a proxy calling {@code target} through this pipeline */
    <T> T wrap(Class<T> type, T target) {
        return ExchangeOperation.proxy(type, target,
                (call, attempt) -> run(call, this.readTimeout, () -> ExchangeOperation.invoke(attempt)));
    }

    /**
     * Runs one call: observed, retried when safe, network failures translated.
     * @param call the operation
     * @param silence the longest the server may stay silent, named in timeout messages
     * @param attempt makes one attempt
     * @return what the call returns
     */
    <R> R run(CallContext call, Duration silence, Supplier<R> attempt) {
        CallObservation observation = CallObservation.start(call, this.observations, this.convention, null);
        try (Observation.Scope scope = observation.observation().openScope(); CallContext.Scope active = call.open()) {
            R result = renewingRejectedToken(call, () -> this.retries.run(call, () -> translated(call, silence, attempt)));
            observation.succeeded();
            return result;
        }
        catch (RuntimeException | Error ex) {
            observation.failed(ex);
            throw ex;
        }
        finally {
            observation.stop();
        }
    }

    private <R> R renewingRejectedToken(CallContext call, Supplier<R> attempts) {
        try {
            return attempts.get();
        }
        catch (NotAuthorizedException ex) {
            String rejected = call.authorization();
            boolean renewable = this.credentials != null && rejected != null && this.credentials.rejected(rejected);
            if (!renewable || !call.idempotent()) {
                throw ex;
            }
            return attempts.get();
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
        return NetworkFailures.describe(call, this.errors.describe(call.uri()), uri, silence, this.transferTimeout,
                failure);
    }

    /** An I/O failure of a transfer, carried out of code that cannot throw checked exceptions. */
    static final class UncheckedTransferException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UncheckedTransferException(IOException cause) {
            super(cause.getMessage(), cause);
        }

    }

}
