package io.github.lakefsspring.client;

import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ReactiveServerExchange;
import io.github.lakefsspring.client.http.ResponseBodies.CurrentUser;
import io.github.lakefsspring.client.model.ServerConfig;
import io.github.lakefsspring.client.model.User;

/**
 * Reactive calls about the server: health, configuration, current user.
 *
 * @since 0.1.0
 */
public final class ReactiveServerApi {

    private final ReactiveServerExchange exchange;

    ReactiveServerApi(ReactiveServerExchange exchange) {
        this.exchange = exchange;
    }

    /** @return completes when lakeFS is up (no credentials needed) */
    public Mono<Void> healthCheck() {
        return this.exchange.healthCheck();
    }

    /** @return the server's version and storage configuration */
    public Mono<ServerConfig> config() {
        return this.exchange.getConfig();
    }

    /** @return the user the client authenticates as */
    public Mono<User> currentUser() {
        return this.exchange.getCurrentUser().map(CurrentUser::user);
    }

}
