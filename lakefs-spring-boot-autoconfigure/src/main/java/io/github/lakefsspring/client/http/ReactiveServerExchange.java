package io.github.lakefsspring.client.http;

import reactor.core.publisher.Mono;

import io.github.lakefsspring.client.http.ResponseBodies.CurrentUser;
import io.github.lakefsspring.client.model.ServerConfig;

import org.springframework.web.service.annotation.GetExchange;

/**
 * lakeFS's operations about the server itself, for the reactive client.
 */
public interface ReactiveServerExchange {

    @GetExchange("/healthcheck")
    @LakeFSOperation(value = "healthCheck", idempotent = true)
    Mono<Void> healthCheck();

    @GetExchange("/config")
    @LakeFSOperation(value = "getConfig", idempotent = true)
    Mono<ServerConfig> getConfig();

    @GetExchange("/user")
    @LakeFSOperation(value = "getCurrentUser", idempotent = true)
    Mono<CurrentUser> getCurrentUser();

}
