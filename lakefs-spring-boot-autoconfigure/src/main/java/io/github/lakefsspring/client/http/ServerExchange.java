package io.github.lakefsspring.client.http;

import io.github.lakefsspring.client.http.ResponseBodies.CurrentUser;
import io.github.lakefsspring.client.model.ServerConfig;

import org.springframework.web.service.annotation.GetExchange;

/** lakeFS's operations about the server itself. */
public interface ServerExchange {

    @GetExchange("/healthcheck")
    @LakeFSOperation(value = "healthCheck", idempotent = true)
    void healthCheck();

    @GetExchange("/config")
    @LakeFSOperation(value = "getConfig", idempotent = true)
    ServerConfig getConfig();

    @GetExchange("/user")
    @LakeFSOperation(value = "getCurrentUser", idempotent = true)
    CurrentUser getCurrentUser();

}
