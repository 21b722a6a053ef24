package io.github.lakefsspring.client;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

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

    private final @Nullable RetryTemplate template;

    /**
     * @param settings how often and how long to wait
     * @param onRetry told before each retry, on the calling thread, with the call being retried
     */
    LakeFSRetries(LakeFSClientSettings.RetrySettings settings, Consumer<CallContext> onRetry) {
        if (settings.maxAttempts() <= 1) {
            this.template = null;
            return;
        }
        ExponentialBackOff exponential = new ExponentialBackOff(settings.initialDelay().toMillis(), settings.multiplier());
        exponential.setMaxInterval(settings.maxDelay().toMillis());
        exponential.setJitter(settings.jitter().toMillis());
        exponential.setMaxAttempts(settings.maxAttempts() - 1);
        long longest = settings.maxDelay().toMillis();
        BackOff honouringRetryAfter = () -> {
            BackOffExecution execution = exponential.start();
            return () -> {
                long next = execution.nextBackOff();
                Duration asked = RETRY_AFTER.get();
                RETRY_AFTER.remove();
                return (next == BackOffExecution.STOP || asked == null) ? next
                        : Math.max(next, Math.min(asked.toMillis(), longest));
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
