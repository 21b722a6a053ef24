package io.github.lakefsspring.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

import io.github.lakefsspring.client.auth.LakeFSCredentialsProvider;

/**
 * Where a {@link LakeFSClient} connects and how: the endpoint, the credentials, timeouts and retries.
 *
 * <p>The endpoint is a lakeFS server URL with an {@code http} or {@code https} scheme. As lakectl does, the REST
 * API is expected under {@code /api/v1} when the URL has no path, and exactly at the URL's path otherwise
 * (for a server behind a path-routing proxy).
 *
 * @param endpoint the server URL, e.g. {@code https://lakefs.example.com}
 * @param credentials what requests authenticate with (access keys, a session token, a login, AWS IAM...)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long the response to an API call may stay silent
 * @param transferTimeout how long an object upload or download may stay silent (it is never limited in total)
 * @param retry how idempotent calls are retried
 * @since 0.1.0
 */
public record LakeFSClientSettings(String endpoint, LakeFSCredentialsProvider credentials, Duration connectTimeout,
        Duration readTimeout, Duration transferTimeout, RetrySettings retry) {

    public LakeFSClientSettings {
        Objects.requireNonNull(endpoint, "endpoint");
        apiEndpoint(endpoint);
        Objects.requireNonNull(credentials, "credentials");
        requirePositive("connectTimeout", connectTimeout);
        requirePositive("readTimeout", readTimeout);
        requirePositive("transferTimeout", transferTimeout);
        Objects.requireNonNull(retry, "retry");
    }

    /**
     * Settings with default timeouts (10 s to connect, 60 s of silence for API calls, 5 min for object transfers)
     * and retries.
     * @param endpoint the server URL
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret access key
     * @return the settings
     */
    public static LakeFSClientSettings of(String endpoint, String accessKeyId, String secretAccessKey) {
        return of(endpoint, LakeFSCredentialsProvider.accessKeys(accessKeyId, secretAccessKey));
    }

    /**
     * Settings with default timeouts and retries, authenticating as the provider says.
     * @param endpoint the server URL
     * @param credentials the credentials provider, e.g. {@link LakeFSCredentialsProvider#login(String, String)}
     * @return the settings
     */
    public static LakeFSClientSettings of(String endpoint, LakeFSCredentialsProvider credentials) {
        return new LakeFSClientSettings(endpoint, credentials, Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofMinutes(5), RetrySettings.defaults());
    }

    /** @return the REST API's base URL, e.g. {@code https://lakefs.example.com/api/v1} */
    public URI apiEndpoint() {
        return apiEndpoint(this.endpoint);
    }

    /**
     * Like these settings, with other timeouts.
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long a response may stay silent
     * @return the new settings
     */
    public LakeFSClientSettings withTimeouts(Duration connectTimeout, Duration readTimeout) {
        return new LakeFSClientSettings(this.endpoint, this.credentials, connectTimeout,
                readTimeout, this.transferTimeout, this.retry);
    }

    /**
     * Like these settings, with another transfer timeout.
     * @param transferTimeout how long an object upload or download may stay silent
     * @return the new settings
     */
    public LakeFSClientSettings withTransferTimeout(Duration transferTimeout) {
        return new LakeFSClientSettings(this.endpoint, this.credentials, this.connectTimeout,
                this.readTimeout, transferTimeout, this.retry);
    }

    /**
     * Like these settings, authenticating otherwise.
     * @param credentials the credentials provider
     * @return the new settings
     */
    public LakeFSClientSettings withCredentials(LakeFSCredentialsProvider credentials) {
        return new LakeFSClientSettings(this.endpoint, credentials, this.connectTimeout, this.readTimeout,
                this.transferTimeout, this.retry);
    }

    /**
     * Like these settings, with another retry policy.
     * @param retry the retry settings
     * @return the new settings
     */
    public LakeFSClientSettings withRetry(RetrySettings retry) {
        return new LakeFSClientSettings(this.endpoint, this.credentials, this.connectTimeout,
                this.readTimeout, this.transferTimeout, retry);
    }

    /**
     * The REST API's base URL for a lakeFS endpoint, checked.
     * @param endpoint the endpoint
     * @return the API base URL
     * @throws IllegalArgumentException naming the endpoint and the rule when it is not a usable URL
     */
    public static URI apiEndpoint(String endpoint) {
        String rule = "it must be an http:// or https:// URL such as https://lakefs.example.com";
        URI uri;
        try {
            uri = new URI(endpoint.trim());
        }
        catch (URISyntaxException ex) {
            throw new IllegalArgumentException("lakeFS endpoint '" + endpoint + "' is invalid: " + rule, ex);
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null) {
            throw new IllegalArgumentException("lakeFS endpoint '" + endpoint + "' is invalid: " + rule);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("lakeFS endpoint '" + endpoint
                    + "' is invalid: it must not carry a query, fragment or user info");
        }
        String path = (uri.getRawPath() != null) ? uri.getRawPath().replaceAll("/+$", "") : "";
        String base = scheme.toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        return URI.create(base + (path.isEmpty() ? "/api/v1" : path));
    }

    private static void requirePositive(String name, Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " " + duration + " is invalid: it must be positive");
        }
    }

    @Override
    public String toString() {
        return "LakeFSClientSettings[endpoint=" + this.endpoint + ", credentials=" + this.credentials
                + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
                + this.readTimeout + ", transferTimeout=" + this.transferTimeout + ", retry=" + this.retry + "]";
    }

    /**
     * How calls that are safe to repeat are retried after a connection failure, 429, 502, 503, 504 or lakeFS's
     * "branch is locked" answer. Commits, merges, reverts, cherry-picks and import starts are never retried.
     *
     * @param maxAttempts attempts in total, 1 for no retry
     * @param initialDelay the delay before the first retry
     * @param multiplier how much each delay grows
     * @param maxDelay the longest delay
     * @param jitter random variation added to each delay
     */
    public record RetrySettings(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay,
            Duration jitter) {

        public RetrySettings {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts " + maxAttempts + " is invalid: it must be 1 or more");
            }
            if (multiplier < 1) {
                throw new IllegalArgumentException("multiplier " + multiplier + " is invalid: it must be 1 or more");
            }
            Objects.requireNonNull(initialDelay, "initialDelay");
            Objects.requireNonNull(maxDelay, "maxDelay");
            Objects.requireNonNull(jitter, "jitter");
        }

        /** @return 4 attempts, 100 ms growing twofold up to 5 s, with 50 ms of jitter */
        public static RetrySettings defaults() {
            return new RetrySettings(4, Duration.ofMillis(100), 2.0, Duration.ofSeconds(5), Duration.ofMillis(50));
        }

        /** @return no retries */
        public static RetrySettings none() {
            return new RetrySettings(1, Duration.ofMillis(100), 1.0, Duration.ofMillis(100), Duration.ZERO);
        }

    }

}
