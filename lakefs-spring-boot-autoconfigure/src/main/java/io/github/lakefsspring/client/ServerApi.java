package io.github.lakefsspring.client;

import java.util.Map;

import tools.jackson.core.type.TypeReference;

import io.github.lakefsspring.client.LakeFSHttp.Operation;
import io.github.lakefsspring.client.model.ServerConfig;
import io.github.lakefsspring.client.model.User;

/**
 * Calls about the server itself: health, configuration and the current user.
 *
 * @since 0.1.0
 */
public final class ServerApi {

    private static final Operation HEALTH = Operation.get("healthCheck", "/healthcheck");

    private static final Operation CONFIG = Operation.get("getConfig", "/config");

    private static final Operation USER = Operation.get("getCurrentUser", "/user");

    private final LakeFSHttp http;

    ServerApi(LakeFSHttp http) {
        this.http = http;
    }

    /** Checks that the server answers (without checking credentials). */
    public void healthCheck() {
        this.http.call(HEALTH).send();
    }

    /** @return the server's version and storage capabilities */
    public ServerConfig config() {
        return this.http.call(CONFIG).retrieve(ServerConfig.class);
    }

    /** @return the user the credentials belong to (an authenticated call) */
    public User currentUser() {
        Map<String, User> answer = this.http.call(USER).retrieve(new TypeReference<Map<String, User>>() {
        });
        return answer.get("user");
    }

}
