package io.github.lakefsspring.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;
import io.github.lakefsspring.client.auth.LakeFSLogin;

/**
 * The credentials a client authenticates with, asked of its {@link LakeFSCredentialsProvider} once and again only
 * when they near their expiry or lakeFS refused them: one thread asks at a time, the others wait for its answer.
 */
final class CredentialsCache {

    private static final Log logger = LogFactory.getLog(CredentialsCache.class);

    /** Credentials are renewed this long before they expire, or a fifth of their lifetime when that is shorter. */
    private static final Duration RENEWAL_MARGIN = Duration.ofMinutes(5);

    /** How long a failed renewal is not tried again while the current credentials are still valid. */
    private static final Duration RENEWAL_RETRY = Duration.ofSeconds(10);

    private final LakeFSCredentialsProvider provider;

    private final LakeFSLogin login;

    private final Clock clock;

    private final ReentrantLock renewing = new ReentrantLock();

    private final AtomicReference<@Nullable Held> held = new AtomicReference<>();

    /** After a failed renewal, the current (still valid) credentials are used until then without asking again. */
    private volatile Instant retryRenewalAfter = Instant.MIN;

    CredentialsCache(LakeFSCredentialsProvider provider, LakeFSLogin login, Clock clock) {
        this.provider = provider;
        this.login = login;
        this.clock = clock;
    }

    /** @return the {@code Authorization} header for the next request, asking the provider when due */
    String authorization() {
        Held current = this.held.get();
        Instant now = this.clock.instant();
        if (current != null && (!current.due(now) || (current.valid(now) && now.isBefore(this.retryRenewalAfter)))) {
            return current.authorization();
        }
        return renew(current);
    }

    /** @return the header when it can be had without asking the provider, else null */
    @Nullable String authorizationIfFresh() {
        Held current = this.held.get();
        return (current != null && !current.due(this.clock.instant())) ? current.authorization() : null;
    }

    /**
     * lakeFS answered 401 to a request sent with {@code authorization}: forgets it, when it is a token.
     * @return whether another attempt may authenticate differently (never for access keys, which do not change)
     */
    boolean rejected(String authorization) {
        Held current = this.held.get();
        if (current == null) {
            return true;
        }
        if (!current.authorization().equals(authorization)) {
            return true;
        }
        if (current.credentials() instanceof LakeFSCredentials.AccessKeys) {
            return false;
        }
        this.held.compareAndSet(current, null);
        return true;
    }

    private String renew(@Nullable Held seen) {
        this.renewing.lock();
        try {
            Held current = this.held.get();
            Instant now = this.clock.instant();
            if (current != null && current != seen && !current.due(now)) {
                return current.authorization();
            }
            LakeFSCredentials credentials;
            try {
                credentials = this.provider.credentials(this.login);
            }
            catch (RuntimeException ex) {
                if (current != null && current.valid(now)) {
                    logger.debug("Renewing lakeFS credentials failed; the current ones are still valid", ex);
                    this.retryRenewalAfter = now.plus(RENEWAL_RETRY);
                    return current.authorization();
                }
                throw ex;
            }
            if (credentials == null) {
                throw new IllegalStateException(this.provider + " returned no lakeFS credentials");
            }
            Held renewed = new Held(credentials, credentials.authorization(), renewalTime(credentials, now));
            this.held.set(renewed);
            return renewed.authorization();
        }
        finally {
            this.renewing.unlock();
        }
    }

    private static @Nullable Instant renewalTime(LakeFSCredentials credentials, Instant now) {
        Instant expiry = credentials.expiresAt().orElse(null);
        if (expiry == null) {
            return null;
        }
        Duration lifetime = Duration.between(now, expiry);
        Duration margin = lifetime.dividedBy(5).compareTo(RENEWAL_MARGIN) < 0 ? lifetime.dividedBy(5) : RENEWAL_MARGIN;
        return expiry.minus(margin.isNegative() ? Duration.ZERO : margin);
    }

    @Override
    public String toString() {
        return "CredentialsCache[" + this.provider + "]";
    }

    /** Credentials, their header and when to renew them (never when null). */
    private record Held(LakeFSCredentials credentials, String authorization, @Nullable Instant renewAt) {

        boolean due(Instant now) {
            return this.renewAt != null && !now.isBefore(this.renewAt);
        }

        boolean valid(Instant now) {
            return this.credentials.expiresAt().map(now::isBefore).orElse(true);
        }

        @Override
        public String toString() {
            return "Held[" + this.credentials + "]";
        }

    }

}
