package io.github.lakefsspring.client;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;
import reactor.util.retry.Retry;

import io.github.lakefsspring.client.observation.LakeFSClientObservationConvention;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * The reactive counterpart of {@link LakeFSCalls}: every reactive call, per subscription, is observed (one
 * observation, retries included), retried when safe by the same policy ({@link LakeFSRetries#reactive}), has its
 * error answers decoded into the same {@link LakeFSServerException}s and its network failures into the same
 * {@link LakeFSNetworkException}s. Nothing in it blocks: waits between retries run on Reactor's timer.
 */
final class ReactiveLakeFSCalls {

    /** The key of the running call in a Reactor context. */
    private static final String CALL = CallContext.class.getName();

    private final ObservationRegistry observations;

    private final @Nullable LakeFSClientObservationConvention convention;

    private final LakeFSRetries retries;

    private final LakeFSErrorDecoder errors;

    private final URI apiBase;

    private final Duration readTimeout;

    private final Duration transferTimeout;

    ReactiveLakeFSCalls(LakeFSClientSettings settings, ObservationRegistry observations,
            @Nullable LakeFSClientObservationConvention convention, LakeFSErrorDecoder errors) {
        this.observations = observations;
        this.convention = convention;
        this.errors = errors;
        this.apiBase = settings.apiEndpoint();
        this.readTimeout = settings.readTimeout();
        this.transferTimeout = settings.transferTimeout();
        this.retries = new LakeFSRetries(settings.retry(), (call) -> CallObservation.retried(call, observations));
    }

    /** @return a proxy calling the reactive HTTP interface {@code target} through this pipeline */
    <T> T wrap(Class<T> type, T target) {
        return ExchangeOperation.proxy(type, target, (call, attempt) -> {
            if (Flux.class.isAssignableFrom(attempt.method().getReturnType())) {
                return flux(call, this.readTimeout, Flux.defer(() -> (Flux<?>) ExchangeOperation.invoke(attempt)));
            }
            return mono(call, this.readTimeout, Mono.defer(() -> (Mono<?>) ExchangeOperation.invoke(attempt)));
        });
    }

    /**
     * @param silence the longest the server may stay silent, named in timeout messages
     * @param attempt subscribed once per attempt
     * @return the call, observed, retried when safe, its failures translated
     */
    <T> Mono<T> mono(CallContext call, Duration silence, Mono<T> attempt) {
        return Mono.deferContextual((context) -> {
            CallObservation observation = start(call, context);
            return retried(call, attempt.onErrorMap((failure) -> translate(call, silence, failure)))
                .doOnSuccess((value) -> observation.succeeded())
                .doOnError(observation::failed)
                .doOnCancel(observation::cancelled)
                .doFinally((signal) -> observation.stop())
                .contextWrite((inner) -> inner.put(CALL, call)
                    .put(ObservationThreadLocalAccessor.KEY, observation.observation()));
        });
    }

    /** As {@link #mono}, for a call whose answer is a stream: the observation lasts until the stream ends. */
    <T> Flux<T> flux(CallContext call, Duration silence, Flux<T> attempt) {
        return Flux.deferContextual((context) -> {
            CallObservation observation = start(call, context);
            return retried(call, attempt.onErrorMap((failure) -> translate(call, silence, failure)))
                .doOnComplete(observation::succeeded)
                .doOnError(observation::failed)
                .doOnCancel(observation::cancelled)
                .doFinally((signal) -> observation.stop())
                .contextWrite((inner) -> inner.put(CALL, call)
                    .put(ObservationThreadLocalAccessor.KEY, observation.observation()));
        });
    }

    private CallObservation start(CallContext call, ContextView context) {
        Observation parent = context.getOrDefault(ObservationThreadLocalAccessor.KEY, null);
        return CallObservation.start(call, this.observations, this.convention, parent);
    }

    private <T> Mono<T> retried(CallContext call, Mono<T> attempt) {
        return call.idempotent() ? attempt.retryWhen(retry(call)) : attempt;
    }

    private <T> Flux<T> retried(CallContext call, Flux<T> attempt) {
        return call.idempotent() ? attempt.retryWhen(retry(call)) : attempt;
    }

    private Retry retry(CallContext call) {
        return this.retries.reactive(() -> CallObservation.retried(call, this.observations));
    }

    /** Translates what the transport throws; lakeFS's own answers are already {@link LakeFSServerException}s. */
    Throwable translate(CallContext call, Duration silence, Throwable failure) {
        if (failure instanceof LakeFSException) {
            return failure;
        }
        if (failure instanceof WebClientRequestException || failure instanceof IOException
                || failure instanceof TimeoutException || NetworkFailures.cause(failure, IOException.class) != null) {
            URI uri = (failure instanceof WebClientRequestException request) ? request.getUri()
                    : (call.uri() != null) ? call.uri() : this.apiBase;
            return NetworkFailures.describe(call, this.errors.describe(uri), uri, silence, this.transferTimeout,
                    failure);
        }
        return failure;
    }

    /** Records each request's URI on the running call, for messages. */
    ExchangeFilterFunction recordingUris() {
        return (request, next) -> Mono.deferContextual((context) -> {
            CallContext call = context.getOrDefault(CALL, null);
            if (call != null) {
                call.sent(request::url);
            }
            return next.exchange(request);
        });
    }

    /**
     * The status handler of the reactive client: reads at most 64 KiB of an error answer and turns it into the
     * matching {@link LakeFSServerException}, without blocking.
     */
    Mono<LakeFSServerException> decode(ClientResponse response) {
        return Mono.deferContextual((context) -> {
            CallContext call = context.getOrDefault(CALL, null);
            return DataBufferUtils
                .join(DataBufferUtils.takeUntilByteCount(response.body(BodyExtractors.toDataBuffers()),
                        LakeFSErrorDecoder.MAX_BODY))
                .map(ReactiveLakeFSCalls::bytes)
                .defaultIfEmpty(new byte[0])
                .map((body) -> this.errors.decode(this.errors.request(call, response.request().getMethod().name(),
                        response.request().getURI()), response.statusCode().value(), response.headers().asHttpHeaders(),
                        body));
        });
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        }
        finally {
            DataBufferUtils.release(buffer);
        }
    }

}
