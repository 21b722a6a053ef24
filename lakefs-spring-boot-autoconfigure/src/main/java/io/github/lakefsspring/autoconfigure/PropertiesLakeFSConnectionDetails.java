package io.github.lakefsspring.autoconfigure;

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
    public String getAccessKeyId() {
        return this.connection.accessKeyId();
    }

    @Override
    public String getSecretAccessKey() {
        return this.connection.secretAccessKey();
    }

    /** Names the sources, never the secret. */
    @Override
    public String toString() {
        return this.connection.toString();
    }

}
