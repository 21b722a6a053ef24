package io.github.lakefsspring.autoconfigure;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

/**
 * {@link LakeFSConnectionDetails} of a running {@link EmbeddedLakeFSServer}.
 */
class EmbeddedLakeFSConnectionDetails implements LakeFSConnectionDetails {

    private final EmbeddedLakeFSServer server;

    EmbeddedLakeFSConnectionDetails(EmbeddedLakeFSServer server) {
        this.server = server;
    }

    @Override
    public String getEndpoint() {
        return this.server.endpoint().toString();
    }

    @Override
    public String getAccessKeyId() {
        return this.server.accessKeyId();
    }

    @Override
    public String getSecretAccessKey() {
        return this.server.secretAccessKey();
    }

    @Override
    public String toString() {
        return "EmbeddedLakeFSConnectionDetails[endpoint=" + this.server.endpoint() + "]";
    }

}
