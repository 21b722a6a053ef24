package io.github.lakefsspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.auth.LakeFSCredentials;
import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;

/**
 * A lakeFS connection resolved from the configured places.
 *
 * @param endpoint the endpoint
 * @param endpointSource where the endpoint came from
 * @param credentials how requests authenticate
 * @param keys the access key pair, when the credentials are keys (the S3 gateway needs them), else null
 * @param credentialsSource where the credentials came from and what they are, for the startup log
 */
record ResolvedLakeFSConnection(String endpoint, String endpointSource, LakeFSCredentialsProvider credentials,
        LakeFSCredentials.@Nullable AccessKeys keys, String credentialsSource) {

    /** Keeps the secret out of logs and diagnostics. */
    @Override
    public String toString() {
        return "ResolvedLakeFSConnection[endpoint=" + this.endpoint + " (" + this.endpointSource + "), credentials="
                + this.credentialsSource + "]";
    }

}
