package io.github.lakefsspring.client;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The one place calls are retried: a Spring Framework {@link RetryTemplate} whose policy retries only operations
 * that are safe to repeat, only after a failure that may pass (the connection failed before an answer, 429, 502,
 * 503, 504, or lakeFS's "branch is currently locked"), with exponential back-off that waits at least what a
 * {@code Retry-After} asks (up to the longest delay). A call that succeeds at once costs nothing more than the
 * template's first invocation.
 */
final class LakeFSRetries {

    /** The {@code Retry-After} of the failure the policy just accepted, read by the back-off on the same thread. */
    private static final ThreadLocal<Duration> RETRY_AFTER = new ThreadLocal<>();

    private final LakeFSClientSettings.RetrySettings settings;

    private final @Nullable RetryTemplate template;

    /**
     * @param settings how often and how long to wait
     * @param onRetry told before each retry, on the calling thread, with the call being retried
     */
    LakeFSRetries(LakeFSClientSettings.RetrySettings settings, Consumer<CallContext> onRetry) {
        this.settings = settings;
        if (settings.maxAttempts() <= 1) {
            this.template = null;
            return;
        }
        BackOff honouringRetryAfter = () -> {
            BackOffExecution execution = exponential(settings).start();
            return () -> {
                Duration asked = RETRY_AFTER.get();
                RETRY_AFTER.remove();
                return delay(execution.nextBackOff(), asked);
            };
        };
        RetryTemplate retryTemplate = new RetryTemplate(RetryPolicy.builder()
            .backOff(honouringRetryAfter)
            .predicate(LakeFSRetries::shouldRetry)
            .build());
        retryTemplate.setRetryListener(new RetryListener() {

            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> retryable) {
                CallContext call = CallContext.current();
                if (call != null) {
                    onRetry.accept(call);
                }
            }

        });
        this.template = retryTemplate;
    }

    /**
     * Makes one attempt, and more while the policy allows when the call is safe to repeat.
     * @return what the last attempt returned
     */
    <T> T run(CallContext call, Supplier<T> attempt) {
        if (this.template == null || !call.idempotent()) {
            return attempt.get();
        }
        return this.template.invoke(attempt);
    }

    /**
     * The same policy for a reactive call: resubscribes while the policy allows, waiting on Reactor's parallel
     * scheduler, never on the caller's thread.
     * @param beforeRetry told before each retry
     * @return the retry to give to {@code retryWhen}
     */
    Retry reactive(Runnable beforeRetry) {
        return Retry.from((failures) -> Flux.defer(() -> {
            BackOffExecution execution = exponential(this.settings).start();
            return failures.concatMap((signal) -> {
                Throwable failure = signal.failure();
                long next = isTransient(failure) ? execution.nextBackOff() : BackOffExecution.STOP;
                if (this.settings.maxAttempts() <= 1 || next == BackOffExecution.STOP) {
                    return Mono.error(failure);
                }
                Duration asked = (failure instanceof LakeFSServerException server) ? server.retryAfter().orElse(null)
                        : null;
                beforeRetry.run();
                return Mono.delay(Duration.ofMillis(delay(next, asked)));
            });
        }));
    }

    private static ExponentialBackOff exponential(LakeFSClientSettings.RetrySettings settings) {
        ExponentialBackOff exponential = new ExponentialBackOff(settings.initialDelay().toMillis(), settings.multiplier());
        exponential.setMaxInterval(settings.maxDelay().toMillis());
        exponential.setJitter(settings.jitter().toMillis());
        exponential.setMaxAttempts(Math.max(0, settings.maxAttempts() - 1));
        return exponential;
    }

    /** The back-off's delay, or what a {@code Retry-After} asks if longer (up to the longest delay). */
    private long delay(long next, @Nullable Duration asked) {
        return (next == BackOffExecution.STOP || asked == null) ? next
                : Math.max(next, Math.min(asked.toMillis(), this.settings.maxDelay().toMillis()));
    }

    /** Whether a failure may pass if the same request is sent again; remembers its {@code Retry-After}. */
    static boolean shouldRetry(Throwable failure) {
        boolean retry = isTransient(failure);
        if (retry && failure instanceof LakeFSServerException server) {
            server.retryAfter().ifPresent(RETRY_AFTER::set);
        }
        return retry;
    }

    static boolean isTransient(Throwable failure) {
        if (failure instanceof LakeFSNetworkException network) {
            return network.isConnectionFailure();
        }
        if (failure instanceof BranchLockedException || failure instanceof TooManyRequestsException) {
            return true;
        }
        if (failure instanceof ServerErrorException server) {
            int status = server.status();
            return status == 502 || status == 503 || status == 504;
        }
        return false;
    }

}
