package io.github.lakefsspring.embedded.server.api;

import io.github.lakefsspring.embedded.server.http.ApiException;

/** The rule lakeFS applies to the names of users and groups it creates. */
final class Names {

    private Names() {
    }

    /**
     * @param name the name sent
     * @param kind {@code User} or {@code Group}, as lakeFS's message names it
     * @throws ApiException 400 for an empty name or one with {@code %} (it could not be used in a URL)
     */
    static void requireValid(String name, String kind) {
        if (name.isEmpty()) {
            throw new ApiException(400, "invalid request");
        }
        if (name.contains("%")) {
            throw new ApiException(400, kind + " name cannot contain '%'");
        }
    }

}
