package io.github.lakefsspring.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;
import io.github.lakefsspring.client.auth.LakeFSLogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * When credentials are renewed and what happens when renewing fails, on a clock the test moves.
 */
class CredentialsCacheTests {

    private static final Instant START = Instant.parse("2026-12-04T00:00:00Z");

    private static final LakeFSLogin NO_LOGIN = new LakeFSLogin() {

        @Override
        public URI endpoint() {
            return URI.create("http://lakefs.example.com");
        }

        @Override
        public LakeFSCredentials.Token login(String accessKeyId, String secretAccessKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LakeFSCredentials.Token externalPrincipalLogin(String identityToken, @Nullable Duration lifetime) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LakeFSCredentials.Token stsLogin(String code, String state, String redirectUri,
                @Nullable Duration lifetime) {
            throw new UnsupportedOperationException();
        }

    };

    private Instant now = START;

    private final Clock clock = new Clock() {

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return CredentialsCacheTests.this.now;
        }

    };

    @Test
    void aTokenIsRenewedFiveMinutesBeforeItExpiresOrAFifthOfItsLifetimeWhenShorter() {
        AtomicInteger issued = new AtomicInteger();
        LakeFSCredentialsProvider hourly = (login) -> new LakeFSCredentials.Token("t" + issued.incrementAndGet(),
                this.now.plus(Duration.ofHours(1)));
        CredentialsCache cache = new CredentialsCache(hourly, NO_LOGIN, this.clock);
        assertThat(cache.authorization()).isEqualTo("Bearer t1");
        this.now = START.plus(Duration.ofMinutes(54));
        assertThat(cache.authorizationIfFresh()).isEqualTo("Bearer t1");
        this.now = START.plus(Duration.ofMinutes(55));
        assertThat(cache.authorizationIfFresh()).isNull();
        assertThat(cache.authorization()).isEqualTo("Bearer t2");
        LakeFSCredentialsProvider short10s = (login) -> new LakeFSCredentials.Token("s" + issued.incrementAndGet(),
                this.now.plus(Duration.ofSeconds(10)));
        CredentialsCache shortLived = new CredentialsCache(short10s, NO_LOGIN, this.clock);
        String first = shortLived.authorization();
        this.now = this.now.plusSeconds(7);
        assertThat(shortLived.authorization()).isEqualTo(first);
        this.now = this.now.plusSeconds(1);
        assertThat(shortLived.authorization()).isNotEqualTo(first);
    }

    @Test
    void aFailedRenewalKeepsTheCurrentTokenUntilItExpiresAskingAgainEveryTenSeconds() {
        AtomicInteger asked = new AtomicInteger();
        LakeFSCredentialsProvider failingAfterFirst = (login) -> {
            if (asked.incrementAndGet() > 1) {
                throw new IllegalStateException("identity provider down");
            }
            return new LakeFSCredentials.Token("only", this.now.plus(Duration.ofMinutes(10)));
        };
        CredentialsCache cache = new CredentialsCache(failingAfterFirst, NO_LOGIN, this.clock);
        assertThat(cache.authorization()).isEqualTo("Bearer only");
        this.now = START.plus(Duration.ofMinutes(9));
        assertThat(cache.authorization()).isEqualTo("Bearer only");
        assertThat(asked).hasValue(2);
        this.now = this.now.plusSeconds(5);
        assertThat(cache.authorization()).isEqualTo("Bearer only");
        assertThat(asked).as("not asked again within 10 s of a failure").hasValue(2);
        this.now = this.now.plusSeconds(5);
        assertThat(cache.authorization()).isEqualTo("Bearer only");
        assertThat(asked).hasValue(3);
        this.now = START.plus(Duration.ofMinutes(10));
        assertThatIllegalStateException().isThrownBy(cache::authorization).withMessage("identity provider down");
    }

    @Test
    void aRefusedTokenIsForgottenButRefusedKeysAreNot() {
        AtomicInteger issued = new AtomicInteger();
        CredentialsCache tokens = new CredentialsCache((login) -> new LakeFSCredentials.Token(
                "t" + issued.incrementAndGet(), null), NO_LOGIN, this.clock);
        String first = tokens.authorization();
        assertThat(tokens.rejected(first)).isTrue();
        assertThat(tokens.authorization()).isEqualTo("Bearer t2");
        assertThat(tokens.rejected(first)).as("already renewed by another call").isTrue();
        CredentialsCache keys = new CredentialsCache(LakeFSCredentialsProvider.accessKeys("AKID", "secret"), NO_LOGIN,
                this.clock);
        assertThat(keys.rejected(keys.authorization())).isFalse();
    }

}
