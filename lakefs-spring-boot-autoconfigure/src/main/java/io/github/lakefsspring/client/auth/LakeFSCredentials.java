package io.github.lakefsspring.client.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What a request to lakeFS authenticates with: an access key pair (HTTP basic authentication) or a token (HTTP
 * bearer authentication). Neither shows its secret in {@link #toString()}.
 *
 * @since 0.2.0
 */
public sealed interface LakeFSCredentials permits LakeFSCredentials.AccessKeys, LakeFSCredentials.Token {

    /** @return the value of the {@code Authorization} header */
    String authorization();

    /** @return when these credentials stop being accepted, if they ever do */
    Optional<Instant> expiresAt();

    /**
     * An access key pair, sent as HTTP basic authentication; it never expires.
     *
     * @param accessKeyId the public half
     * @param secretAccessKey the secret half
     */
    record AccessKeys(String accessKeyId, String secretAccessKey) implements LakeFSCredentials {

        public AccessKeys {
            if (accessKeyId == null || accessKeyId.isBlank()) {
                throw new IllegalArgumentException("lakeFS access key id must not be empty");
            }
            if (secretAccessKey == null || secretAccessKey.isBlank()) {
                throw new IllegalArgumentException("lakeFS secret access key must not be empty");
            }
        }

        @Override
        public String authorization() {
            return "Basic " + Base64.getEncoder()
                .encodeToString((this.accessKeyId + ":" + this.secretAccessKey).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Optional<Instant> expiresAt() {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "AccessKeys[accessKeyId=" + this.accessKeyId + ", secretAccessKey=******]";
        }

    }

    /**
     * A token lakeFS issued (a session token, or one from a login), sent as HTTP bearer authentication.
     *
     * @param value the token
     * @param expiration when lakeFS stops accepting it, or {@code null} when unknown
     */
    record Token(String value, @Nullable Instant expiration) implements LakeFSCredentials {

        public Token {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("lakeFS token must not be empty");
            }
            if (value.chars().anyMatch((c) -> c <= ' ' || c >= 127)) {
                throw new IllegalArgumentException(
                        "lakeFS token is invalid: it must not contain spaces, line breaks or non-ASCII characters");
            }
        }

        @Override
        public String authorization() {
            return "Bearer " + this.value;
        }

        @Override
        public Optional<Instant> expiresAt() {
            return Optional.ofNullable(this.expiration);
        }

        @Override
        public String toString() {
            return "Token[value=******, expiration=" + this.expiration + "]";
        }

    }

}
