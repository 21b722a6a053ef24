package io.github.lakefsspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * What one place (properties, environment, lakectl file) says about the lakeFS connection.
 *
 * @param description where the values come from, for messages
 * @param endpoint the endpoint it names, or null
 * @param accessKeyId the access key id it names, or null
 * @param secretAccessKey the secret access key it names, or null
 */
record LakeFSConnectionSource(String description, @Nullable String endpoint, @Nullable String accessKeyId,
        @Nullable String secretAccessKey) {

    boolean hasEndpoint() {
        return StringUtils.hasText(this.endpoint);
    }

    boolean hasCredentials() {
        return StringUtils.hasText(this.accessKeyId) && StringUtils.hasText(this.secretAccessKey);
    }

    /** Keeps the secret out of logs and diagnostics. */
    @Override
    public String toString() {
        return "LakeFSConnectionSource[" + this.description + ", endpoint=" + this.endpoint + ", accessKeyId="
                + this.accessKeyId + ", secretAccessKey=" + ((this.secretAccessKey != null) ? "******" : null) + "]";
    }

}
