package io.github.lakefsspring.autoconfigure;

import org.jspecify.annotations.Nullable;

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
     * The access key id to authenticate with.
     * @return the access key id
     */
    String getAccessKeyId();

    /**
     * The secret access key to authenticate with.
     * @return the secret access key
     */
    String getSecretAccessKey();

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
