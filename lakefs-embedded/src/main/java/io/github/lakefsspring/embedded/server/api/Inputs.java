package io.github.lakefsspring.embedded.server.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.ApiRequest;
import io.github.lakefsspring.embedded.store.PageRequest;

/**
 * Reads what handlers need from requests, with the checks and messages lakeFS's controller applies after
 * authentication (name rules, required values).
 */
final class Inputs {

    private static final Pattern REPOSITORY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,62}");

    private static final Pattern BRANCH_ID = Pattern.compile("[A-Za-z0-9_][-A-Za-z0-9_]*");

    private Inputs() {
    }

    /** The user a request acts as, recorded as committer of the commits it makes. */
    static String committer(ApiRequest request) {
        return (request.user() != null) ? request.user().username() : "";
    }

    static String repository(ApiRequest request) {
        String id = request.path("repository");
        if (!REPOSITORY_ID.matcher(id).matches()) {
            throw ApiException.badRequest("argument repository: repository id: invalid value: validation error");
        }
        return id;
    }

    /** A branch to create, named in a request body: lakeFS explains the rule in its message. */
    static String branchName(String name) {
        if (!BRANCH_ID.matcher(name).matches()) {
            throw ApiException.badRequest("argument branch: branch id: invalid value: validation error: branch id "
                    + "must consist of letters, digits, underscores and dashes, and cannot start with a dash");
        }
        return name;
    }

    /** A branch named in the request path; lakeFS's message there carries no explanation of the rule. */
    static String branch(ApiRequest request) {
        String name = request.path("branch");
        if (!BRANCH_ID.matcher(name).matches()) {
            throw ApiException.badRequest("argument branch: branch id: invalid value: validation error");
        }
        return name;
    }

    static String ref(String ref) {
        if (ref.isEmpty() || ref.chars().anyMatch(Character::isWhitespace)) {
            throw ApiException.badRequest("argument ref: invalid value: validation error");
        }
        return ref;
    }

    static String path(ApiRequest request, String name) {
        String path = request.query(name);
        if (path == null) {
            throw ApiException.badRequest("parameter \"" + name + "\" in query has an error: value is required but "
                    + "missing");
        }
        if (path.isEmpty() || path.getBytes(StandardCharsets.UTF_8).length > 1024) {
            throw ApiException.badRequest("argument path: invalid value: validation error");
        }
        return path;
    }

    static PageRequest page(ApiRequest request) {
        return new PageRequest(request.queryOrEmpty("prefix"), request.queryOrEmpty("after"), request.amount());
    }

    static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return (node.isMissingNode() || node.isNull()) ? "" : node.asString();
    }

    static @Nullable String optionalText(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return (node.isMissingNode() || node.isNull()) ? null : node.asString();
    }

    static boolean flag(JsonNode body, String field) {
        return body.path(field).asBoolean(false);
    }

    static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> map = new TreeMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                map.put(entry.getKey(), entry.getValue().asString());
            }
        }
        return map;
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isArray()) {
            for (JsonNode value : node) {
                values.add(value.asString());
            }
        }
        return values;
    }

}
