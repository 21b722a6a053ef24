package io.github.lakefsspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;

/**
 * Adapts {@link LakeFSProperties}, and the lakectl environment variables and file behind them, to
 * {@link LakeFSConnectionDetails}.
 */
class PropertiesLakeFSConnectionDetails implements LakeFSConnectionDetails {

    private final ResolvedLakeFSConnection connection;

    PropertiesLakeFSConnectionDetails(ResolvedLakeFSConnection connection) {
        this.connection = connection;
    }

    @Override
    public String getEndpoint() {
        return this.connection.endpoint();
    }

    @Override
    public @Nullable String getAccessKeyId() {
        return (this.connection.keys() != null) ? this.connection.keys().accessKeyId() : null;
    }

    @Override
    public @Nullable String getSecretAccessKey() {
        return (this.connection.keys() != null) ? this.connection.keys().secretAccessKey() : null;
    }

    @Override
    public LakeFSCredentialsProvider getCredentialsProvider() {
        return this.connection.credentials();
    }

    /** Names the sources, never the secret. */
    @Override
    public String toString() {
        return this.connection.toString();
    }

}
