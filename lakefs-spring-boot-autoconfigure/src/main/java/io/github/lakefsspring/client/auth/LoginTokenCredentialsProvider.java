package io.github.lakefsspring.client.auth;

import java.util.Objects;

/**
 * An access key pair exchanged for a login token ({@code POST /auth/login}) each time the client needs a new one.
 *
 * @param keys the access key pair
 * @since 0.2.0
 */
public record LoginTokenCredentialsProvider(LakeFSCredentials.AccessKeys keys) implements LakeFSCredentialsProvider {

    public LoginTokenCredentialsProvider {
        Objects.requireNonNull(keys, "keys");
    }

    @Override
    public LakeFSCredentials credentials(LakeFSLogin login) {
        return login.login(this.keys.accessKeyId(), this.keys.secretAccessKey());
    }

    @Override
    public String toString() {
        return "login tokens for access key id " + this.keys.accessKeyId();
    }

}
