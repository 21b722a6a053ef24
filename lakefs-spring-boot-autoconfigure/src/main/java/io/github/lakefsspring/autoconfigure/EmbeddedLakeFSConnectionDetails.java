package io.github.lakefsspring.autoconfigure;

import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

/**
 * {@link LakeFSConnectionDetails} of a running {@link EmbeddedLakeFSServer}.
 */
class EmbeddedLakeFSConnectionDetails implements LakeFSConnectionDetails {

    private final EmbeddedLakeFSServer server;

    private final boolean login;

    /**
     * @param server the server
     * @param login whether to exchange the server's keys for login tokens ({@code lakefs.credentials.provider=login})
     */
    EmbeddedLakeFSConnectionDetails(EmbeddedLakeFSServer server, boolean login) {
        this.server = server;
        this.login = login;
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
    public LakeFSCredentialsProvider getCredentialsProvider() {
        return this.login ? LakeFSCredentialsProvider.login(getAccessKeyId(), getSecretAccessKey())
                : LakeFSCredentialsProvider.accessKeys(getAccessKeyId(), getSecretAccessKey());
    }

    @Override
    public String toString() {
        return "EmbeddedLakeFSConnectionDetails[endpoint=" + this.server.endpoint() + "]";
    }

}
