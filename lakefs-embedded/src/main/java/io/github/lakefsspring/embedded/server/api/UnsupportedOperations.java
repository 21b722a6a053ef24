package io.github.lakefsspring.embedded.server.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.http.Route;
import io.github.lakefsspring.embedded.server.http.Routes;

/**
 * Answers every lakeFS operation the embedded server does not implement with 501 and a message naming it, so
 * that a client can tell "not supported here" from "no such endpoint" (which stays lakeFS's 404
 * {@code invalid API endpoint}). The list of operations is lakeFS's own ({@code lakefs-operations.tsv}, from its
 * OpenAPI document); credentials are checked first, as for any other operation.
 */
public final class UnsupportedOperations {

    private static final String OPERATIONS = "lakefs-operations.tsv";

    /** One operation of lakeFS's REST API. */
    public record Operation(String method, String path, String operationId, List<String> tags, boolean publicAccess) {

        /** @return whether lakeFS marks the operation internal (not part of its public API) */
        public boolean internal() {
            return this.tags.contains("internal");
        }

        String key() {
            return this.method + " " + this.path.replaceAll("\\{[^}]*}", "{}");
        }
    }

    private UnsupportedOperations() {
    }

    /** @return every operation of lakeFS's REST API */
    public static List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        try (InputStream in = UnsupportedOperations.class.getResourceAsStream(OPERATIONS)) {
            if (in == null) {
                throw new IllegalStateException(OPERATIONS + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                operations.add(new Operation(fields[0], fields[1], fields[2], List.of(fields[3].split(",")),
                        fields[4].equals("public")));
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return operations;
    }

    /**
     * Registers a 501 route for each lakeFS operation none of {@code implemented} serves.
     * @param routes where to register
     * @param implemented the routes the server implements
     */
    public static void register(Routes routes, List<Route> implemented) {
        Set<String> served = implemented.stream()
            .map((route) -> route.method().name() + " " + route.template().toString().replaceAll("\\{[^}]*}", "{}"))
            .collect(Collectors.toSet());
        for (Operation operation : all()) {
            if (served.contains(operation.key())) {
                continue;
            }
            String message = operation.operationId() + " is not supported by the embedded lakeFS server";
            Routes.Definition definition = switch (operation.method()) {
                case "GET" -> routes.get(operation.path(), handlerName(operation.operationId()));
                case "POST" -> routes.post(operation.path(), handlerName(operation.operationId()));
                case "PUT" -> routes.put(operation.path(), handlerName(operation.operationId()));
                case "DELETE" -> routes.delete(operation.path(), handlerName(operation.operationId()));
                case "HEAD" -> routes.head(operation.path(), handlerName(operation.operationId()));
                case "PATCH" -> routes.patch(operation.path(), handlerName(operation.operationId()));
                default -> throw new IllegalStateException("lakeFS operation with method " + operation.method());
            };
            if (operation.publicAccess()) {
                definition.publicAccess();
            }
            definition.unsupported().blocking((request) -> {
                throw new ApiException(501, message);
            });
        }
    }

    /** lakeFS's generated handler names are its operation ids with a capital first letter. */
    private static String handlerName(String operationId) {
        return operationId.substring(0, 1).toUpperCase(Locale.ROOT) + operationId.substring(1);
    }

}
