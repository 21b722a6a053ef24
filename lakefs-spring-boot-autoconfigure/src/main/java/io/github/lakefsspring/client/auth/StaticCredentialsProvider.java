package io.github.lakefsspring.client.auth;

import java.util.Objects;

/**
 * Always the same credentials: an access key pair or a session token.
 *
 * @param credentials the credentials
 * @since 0.2.0
 */
public record StaticCredentialsProvider(LakeFSCredentials credentials) implements LakeFSCredentialsProvider {

    public StaticCredentialsProvider {
        Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public LakeFSCredentials credentials(LakeFSLogin login) {
        return this.credentials;
    }

    @Override
    public String toString() {
        return (this.credentials instanceof LakeFSCredentials.AccessKeys keys)
                ? "access key id " + keys.accessKeyId() : "a session token";
    }

}
