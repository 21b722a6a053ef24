package io.github.lakefsspring.actuate;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSServerException;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Reports lakeFS up when it answers its health check and accepts the application's credentials (an authenticated
 * call), with the server's version and endpoint; down with the reason otherwise, for example wrong credentials.
 *
 * @since 0.1.0
 */
public class LakeFSHealthIndicator extends AbstractHealthIndicator {

    private final LakeFSClient client;

    public LakeFSHealthIndicator(LakeFSClient client) {
        super("lakeFS health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("endpoint", this.client.settings().apiEndpoint().toString());
        this.client.server().healthCheck();
        try {
            String user = this.client.server().currentUser().id();
            builder.up().withDetail("version", this.client.server().config().version()).withDetail("user", user);
        }
        catch (LakeFSServerException ex) {
            builder.down().withDetail("reason", "lakeFS answers but refused the credentials: " + ex.status() + " "
                    + ex.serverMessage());
        }
    }

}
