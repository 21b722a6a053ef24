package io.github.lakefsspring.actuate;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSServerException;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports lakeFS up when it answers an authenticated call (the current user) within the health timeout, with the
 * user, the server's version and the endpoint; down with the reason otherwise: refused credentials, no answer in
 * time, or the failure. One call per check (the version is read once); a check that finds the previous call still
 * waiting for lakeFS waits on that call instead of sending another.
 *
 * @since 0.1.0
 */
public class LakeFSHealthIndicator extends AbstractHealthIndicator {

    /** How long a check waits for lakeFS by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final LakeFSClient client;

    private final Duration timeout;

    private final AtomicReference<@Nullable CompletableFuture<String>> inFlight = new AtomicReference<>();

    private volatile @Nullable String version;

    public LakeFSHealthIndicator(LakeFSClient client) {
        this(client, DEFAULT_TIMEOUT);
    }

    /**
     * @param client the client whose lakeFS is checked
     * @param timeout how long a check waits for lakeFS before reporting it down
     */
    public LakeFSHealthIndicator(LakeFSClient client, Duration timeout) {
        super("lakeFS health check failed");
        this.client = Objects.requireNonNull(client, "client");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("health timeout " + timeout + " is invalid: it must be positive");
        }
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        builder.withDetail("endpoint", this.client.settings().apiEndpoint().toString());
        CompletableFuture<String> call = currentCall();
        String user;
        try {
            user = call.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (TimeoutException ex) {
            builder.down().withDetail("reason", "lakeFS did not answer within " + this.timeout);
            return;
        }
        catch (ExecutionException ex) {
            if (ex.getCause() instanceof LakeFSServerException refused
                    && (refused.status() == 401 || refused.status() == 403)) {
                builder.down().withDetail("reason", "lakeFS answers but refused the credentials: " + refused.status()
                        + " " + refused.serverMessage());
                return;
            }
            throw (ex.getCause() instanceof Exception cause) ? cause : ex;
        }
        builder.up().withDetail("user", user);
        String known = this.version;
        if (known != null) {
            builder.withDetail("version", known);
        }
    }

    private CompletableFuture<String> currentCall() {
        CompletableFuture<String> current = this.inFlight.get();
        if (current != null && !current.isDone()) {
            return current;
        }
        CompletableFuture<String> call = CompletableFuture.supplyAsync(this::check, (task) -> {
            Thread thread = new Thread(task, "lakefs-health-check");
            thread.setDaemon(true);
            thread.start();
        });
        this.inFlight.set(call);
        return call;
    }

    private String check() {
        String user = this.client.server().currentUser().id();
        if (this.version == null) {
            this.version = this.client.server().config().version();
        }
        return user;
    }

}
