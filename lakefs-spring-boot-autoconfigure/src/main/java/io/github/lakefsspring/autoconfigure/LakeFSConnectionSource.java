package io.github.lakefsspring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;

import org.springframework.util.StringUtils;

/**
 * What one place (properties, environment, lakectl file) says about the lakeFS connection.
 *
 * @param description where the values come from, for messages
 * @param endpoint the endpoint it names, or null
 * @param accessKeyId the access key id it names, or null
 * @param secretAccessKey the secret access key it names, or null
 * @param sessionToken the session token it names, or null
 * @param provider the credentials provider it names (AWS IAM, web identity), or null
 */
record LakeFSConnectionSource(String description, @Nullable String endpoint, @Nullable String accessKeyId,
        @Nullable String secretAccessKey, @Nullable String sessionToken, @Nullable NamedProvider provider) {

    LakeFSConnectionSource(String description, @Nullable String endpoint, @Nullable String accessKeyId,
            @Nullable String secretAccessKey) {
        this(description, endpoint, accessKeyId, secretAccessKey, null, null);
    }

    boolean hasEndpoint() {
        return StringUtils.hasText(this.endpoint);
    }

    boolean hasKeys() {
        return StringUtils.hasText(this.accessKeyId) && StringUtils.hasText(this.secretAccessKey);
    }

    boolean hasSessionToken() {
        return StringUtils.hasText(this.sessionToken);
    }

    /** @return whether this place names any way to authenticate */
    boolean namesCredentials() {
        return hasSessionToken() || hasKeys() || this.provider != null;
    }

    /** @return what this place says about credentials, for a message that lists what was found */
    String credentialsFound() {
        List<String> found = new ArrayList<>();
        if (hasSessionToken()) {
            found.add("a session token");
        }
        if (StringUtils.hasText(this.accessKeyId)) {
            found.add(StringUtils.hasText(this.secretAccessKey) ? "an access key pair"
                    : "an access key id without its secret");
        }
        else if (StringUtils.hasText(this.secretAccessKey)) {
            found.add("a secret access key without its id");
        }
        if (this.provider != null) {
            found.add("credentials provider " + this.provider.name());
        }
        return this.description + ": " + (found.isEmpty() ? "no credentials" : String.join(", ", found));
    }

    /** Keeps the secret and the token out of logs and diagnostics. */
    @Override
    public String toString() {
        return "LakeFSConnectionSource[" + this.description + ", endpoint=" + this.endpoint + ", accessKeyId="
                + this.accessKeyId + ", secretAccessKey=" + ((this.secretAccessKey != null) ? "******" : null)
                + ", sessionToken=" + ((this.sessionToken != null) ? "******" : null) + ", provider="
                + ((this.provider != null) ? this.provider.name() : null) + "]";
    }

    /**
     * A credentials provider a place names, built only when it is the one used (it may need the AWS SDK).
     *
     * @param name the provider as the place names it, e.g. {@code aws_iam}
     * @param factory builds the provider
     */
    record NamedProvider(String name, Supplier<LakeFSCredentialsProvider> factory) {
    }

}
