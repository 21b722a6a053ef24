package io.github.lakefsspring.client;

import io.github.lakefsspring.client.http.ServerExchange;
import io.github.lakefsspring.client.model.ServerConfig;
import io.github.lakefsspring.client.model.User;

/**
 * Calls about the server: its health, its configuration (version, storage capabilities) and the current user.
 *
 * @since 0.1.0
 */
public final class ServerApi {

    private final ServerExchange exchange;

    ServerApi(ServerExchange exchange) {
        this.exchange = exchange;
    }

    /** Answers normally when lakeFS is up (no credentials needed). */
    public void healthCheck() {
        this.exchange.healthCheck();
    }

    /** @return the server's version and storage configuration */
    public ServerConfig config() {
        return this.exchange.getConfig();
    }

    /** @return the user the client authenticates as */
    public User currentUser() {
        return this.exchange.getCurrentUser().user();
    }

}
