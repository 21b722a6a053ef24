package io.github.lakefsspring.embedded.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issues and checks the JSON Web Tokens {@code POST /auth/login} hands out and {@code Authorization:
 * Bearer} presents: HS256, with the claims lakeFS puts in its login tokens ({@code jti}, {@code iss=auth},
 * {@code sub}, {@code aud=login}, {@code iat}, {@code exp}) and lakeFS's default lifetime of 7 days.
 */
public final class LoginTokens {

    /** How long a login token is valid by default, as lakeFS's default {@code auth.login_duration}. */
    public static final Duration LIFETIME = Duration.ofDays(7);

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private static final String HEADER = ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    private final Hmac hmac;

    private final Clock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    private final Duration lifetime;

    /**
     * @param hmac the key tokens are signed with
     * @param clock the time tokens are issued and checked at
     * @param lifetime how long a {@code POST /auth/login} token is valid
     */
    public LoginTokens(Hmac hmac, Clock clock, Duration lifetime) {
        this.hmac = hmac;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** @return how long a {@code POST /auth/login} token is valid */
    public Duration lifetime() {
        return this.lifetime;
    }

    /** A token issued to a user. */
    public record Token(String value, long expiresAt) {

        @Override
        public String toString() {
            return "Token[expiresAt=" + expiresAt + "]";
        }
    }

    public Token issue(String username, Duration validFor) {
        long now = clock.instant().getEpochSecond();
        long expires = now + Math.max(1, validFor.toSeconds());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("iss", "auth");
        claims.put("sub", username);
        claims.put("aud", "login");
        claims.put("iat", now);
        claims.put("exp", expires);
        String unsigned = HEADER + "." + ENCODER.encodeToString(json.writeValueAsBytes(claims));
        return new Token(unsigned + "." + ENCODER.encodeToString(hmac.sign(unsigned)), expires);
    }

    /** @return the user a valid, unexpired token was issued to */
    public Optional<String> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        byte[] expected = hmac.sign(parts[0] + "." + parts[1]);
        byte[] given = decode(parts[2]);
        if (given == null || !MessageDigest.isEqual(expected, given) || !HEADER.equals(parts[0])) {
            return Optional.empty();
        }
        byte[] payload = decode(parts[1]);
        if (payload == null) {
            return Optional.empty();
        }
        try {
            JsonNode claims = json.readTree(payload);
            long expires = claims.path("exp").asLong(0);
            String subject = claims.path("sub").asString("");
            if (expires <= clock.instant().getEpochSecond() || subject.isEmpty()
                    || !"login".equals(claims.path("aud").asString(""))) {
                return Optional.empty();
            }
            return Optional.of(subject);
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private static byte @Nullable [] decode(String part) {
        try {
            return DECODER.decode(part);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
