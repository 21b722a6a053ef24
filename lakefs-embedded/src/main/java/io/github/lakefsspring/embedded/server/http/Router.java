package io.github.lakefsspring.embedded.server.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.netty.handler.codec.http.HttpMethod;

/**
 * Finds the route for a method and a raw path below {@code /api/v1}. Only routes of the request's method and
 * segment count are tried.
 */
public final class Router {

    private final Map<Shape, List<Route>> routes;

    private record Shape(HttpMethod method, int segments) {
    }

    /**
     * @param routes the routes; where two templates match one path, the one with more literal segments
     *        wins, as in lakeFS's router
     */
    public Router(List<Route> routes) {
        List<Route> ordered = new ArrayList<>(routes);
        ordered.sort(Comparator.comparingInt((Route route) -> route.template().literalSegments()).reversed());
        Map<Shape, List<Route>> byShape = new HashMap<>();
        for (Route route : ordered) {
            byShape.computeIfAbsent(new Shape(route.method(), route.template().segmentCount()),
                    (shape) -> new ArrayList<>()).add(route);
        }
        byShape.replaceAll((shape, candidates) -> List.copyOf(candidates));
        this.routes = Map.copyOf(byShape);
    }

    /** A route and the variables its template took from the path. */
    public record Match(Route route, Map<String, String> pathVariables) {
    }

    /**
     * @param rawPath the encoded path after {@code /api/v1}, starting with {@code /} (or empty)
     * @return the matching route, if any
     */
    public Optional<Match> match(HttpMethod method, String rawPath) {
        if (!rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = List.of(rawPath.substring(1).split("/", -1));
        for (Route route : routes.getOrDefault(new Shape(method, segments.size()), List.of())) {
            Optional<Map<String, String>> variables = route.template().match(segments);
            if (variables.isPresent()) {
                return Optional.of(new Match(route, variables.get()));
            }
        }
        return Optional.empty();
    }
}
