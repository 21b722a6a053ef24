package io.github.lakefsspring.autoconfigure;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;
import org.springframework.boot.ssl.SslBundle;

/**
 * Where the lakeFS server is and how to authenticate to it: the one source of connection data for
 * the auto-configuration.
 *
 * <p>By default it is resolved from {@code lakefs.*} properties, the lakectl environment variables
 * and the lakectl configuration file, or provided by an embedded server; a bean of this type (for
 * example from a Testcontainers {@code @ServiceConnection}) replaces all of them.
 *
 * @since 0.1.0
 */
public interface LakeFSConnectionDetails extends ConnectionDetails {

    /**
     * The server's URL, with or without the {@code /api/v1} API path.
     * @return the endpoint
     */
    String getEndpoint();

    /**
     * The access key id: what requests authenticate with unless {@link #getCredentialsProvider()} says otherwise,
     * and what the S3 gateway clients sign with.
     * @return the access key id, or {@code null} when the connection authenticates with a token only
     */
    @Nullable String getAccessKeyId();

    /**
     * The secret access key paired with {@link #getAccessKeyId()}.
     * @return the secret access key, or {@code null} when the connection authenticates with a token only
     */
    @Nullable String getSecretAccessKey();

    /**
     * How requests to the REST API authenticate; the access key pair by default. A
     * {@link LakeFSCredentialsProvider} bean of the application's own replaces it.
     * @return the credentials provider
     * @throws IllegalStateException when neither a provider nor both keys are given
     */
    default LakeFSCredentialsProvider getCredentialsProvider() {
        String accessKeyId = getAccessKeyId();
        String secretAccessKey = getSecretAccessKey();
        if (accessKeyId == null || secretAccessKey == null) {
            throw new IllegalStateException(getClass().getName() + " gives neither a credentials provider nor both "
                    + "an access key id and a secret access key");
        }
        return LakeFSCredentialsProvider.accessKeys(accessKeyId, secretAccessKey);
    }

    /**
     * The trust material that verifies the server (and, for mutual TLS, the client's key), as Spring Boot's
     * {@code DataRedisConnectionDetails} carries it; {@code null} to use {@code lakefs.ssl.bundle}, else the JVM's
     * defaults.
     * @return the SSL bundle, or {@code null}
     */
    default @Nullable SslBundle getSslBundle() {
        return null;
    }

}
