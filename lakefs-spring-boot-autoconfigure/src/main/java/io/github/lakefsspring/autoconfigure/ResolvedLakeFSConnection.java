package io.github.lakefsspring.autoconfigure;

/**
 * A lakeFS connection resolved from the configured places.
 *
 * @param endpoint the endpoint
 * @param endpointSource where the endpoint came from
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret access key
 * @param credentialsSource where the credentials came from
 */
record ResolvedLakeFSConnection(String endpoint, String endpointSource, String accessKeyId, String secretAccessKey,
        String credentialsSource) {

    /** Keeps the secret out of logs and diagnostics. */
    @Override
    public String toString() {
        return "ResolvedLakeFSConnection[endpoint=" + this.endpoint + " (" + this.endpointSource + "), accessKeyId="
                + this.accessKeyId + " (" + this.credentialsSource + ")]";
    }

}
