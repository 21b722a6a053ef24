package io.github.lakefsspring.embedded.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * An access key pair. Its {@link #toString()} never shows the secret.
 *
 * @param accessKeyId the public half
 * @param secretAccessKey the secret half
 */
public record Credentials(String accessKeyId, String secretAccessKey) {

    public Credentials {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        if (accessKeyId.isBlank()) {
            throw new IllegalArgumentException("The access key id must not be blank");
        }
        if (secretAccessKey.isBlank()) {
            throw new IllegalArgumentException("The secret access key must not be blank");
        }
    }

    /** @return whether the given pair is this one, compared in constant time */
    public boolean matches(String givenAccessKeyId, String givenSecretAccessKey) {
        boolean keyMatches = MessageDigest.isEqual(accessKeyId.getBytes(StandardCharsets.UTF_8),
                givenAccessKeyId.getBytes(StandardCharsets.UTF_8));
        boolean secretMatches = MessageDigest.isEqual(secretAccessKey.getBytes(StandardCharsets.UTF_8),
                givenSecretAccessKey.getBytes(StandardCharsets.UTF_8));
        return keyMatches & secretMatches;
    }

    @Override
    public String toString() {
        return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=<hidden>]";
    }
}
