package io.github.lakefsspring.client;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSLogin;
import io.github.lakefsspring.client.http.AuthExchange;
import io.github.lakefsspring.client.http.ReactiveAuthExchange;
import io.github.lakefsspring.client.http.RequestBodies.ExternalLoginInformation;
import io.github.lakefsspring.client.http.RequestBodies.LoginInformation;
import io.github.lakefsspring.client.http.RequestBodies.StsAuthRequest;
import io.github.lakefsspring.client.http.ResponseBodies.AuthenticationToken;

/**
 * A client's {@link LakeFSLogin}: its login operations turned into tokens, with the expiry lakeFS gives them, else
 * the lifetime that was asked for.
 */
final class LoginCalls implements LakeFSLogin {

    private final URI endpoint;

    private final AuthExchange exchange;

    private final Clock clock;

    LoginCalls(URI endpoint, AuthExchange exchange, Clock clock) {
        this.endpoint = endpoint;
        this.exchange = exchange;
        this.clock = clock;
    }

    @Override
    public URI endpoint() {
        return this.endpoint;
    }

    @Override
    public LakeFSCredentials.Token login(String accessKeyId, String secretAccessKey) {
        Instant asked = this.clock.instant();
        return token(this.exchange.login(new LoginInformation(accessKeyId, secretAccessKey)), asked, null);
    }

    @Override
    public LakeFSCredentials.Token externalPrincipalLogin(String identityToken, @Nullable Duration lifetime) {
        Instant asked = this.clock.instant();
        return token(this.exchange.externalPrincipalLogin(new ExternalLoginInformation(seconds(lifetime),
                Map.of("identity_token", identityToken))), asked, lifetime);
    }

    @Override
    public LakeFSCredentials.Token stsLogin(String code, String state, String redirectUri,
            @Nullable Duration lifetime) {
        Instant asked = this.clock.instant();
        return token(this.exchange.stsLogin(new StsAuthRequest(code, state, redirectUri, seconds(lifetime))), asked,
                lifetime);
    }

    private static @Nullable Long seconds(@Nullable Duration lifetime) {
        return (lifetime != null) ? lifetime.toSeconds() : null;
    }

    private static LakeFSCredentials.Token token(AuthenticationToken answer, Instant asked,
            @Nullable Duration lifetime) {
        Instant expiry = (answer.tokenExpiration() != null) ? Instant.ofEpochSecond(answer.tokenExpiration())
                : (lifetime != null) ? asked.plus(lifetime) : null;
        return new LakeFSCredentials.Token(answer.token(), expiry);
    }

    /** Adapts the reactive login operations, each blocking (off the event loops) for its answer. */
    static AuthExchange blocking(ReactiveAuthExchange reactive, Duration timeout) {
        Function<Mono<AuthenticationToken>, AuthenticationToken> await = (mono) -> mono
            .blockOptional(timeout)
            .orElseThrow(() -> new IllegalStateException("lakeFS answered a login without a token"));
        return new AuthExchange() {

            @Override
            public AuthenticationToken login(LoginInformation body) {
                return await.apply(reactive.login(body));
            }

            @Override
            public AuthenticationToken externalPrincipalLogin(ExternalLoginInformation body) {
                return await.apply(reactive.externalPrincipalLogin(body));
            }

            @Override
            public AuthenticationToken stsLogin(StsAuthRequest body) {
                return await.apply(reactive.stsLogin(body));
            }

        };
    }

}
