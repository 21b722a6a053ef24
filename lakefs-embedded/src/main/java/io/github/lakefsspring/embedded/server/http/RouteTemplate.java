package io.github.lakefsspring.embedded.server.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path template such as {@code /repositories/{repository}/branches/{branch}}, relative to
 * {@code /api/v1}, matched segment by segment against a request's raw path.
 *
 * <p>Matching follows lakeFS's router: an encoded {@code /} ({@code %2F}) stays inside its segment, each
 * variable is percent-decoded after matching, a variable may be empty except in the last segment
 * (lakeFS then answers "value is required but missing"), and a trailing slash matches nothing.
 */
public final class RouteTemplate {

    private final String template;

    private final List<String> segments;

    private RouteTemplate(String template, List<String> segments) {
        this.template = template;
        this.segments = segments;
    }

    public static RouteTemplate of(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("A route template starts with '/': " + template);
        }
        return new RouteTemplate(template, List.of(template.substring(1).split("/", -1)));
    }

    /**
     * @param rawSegments the request path after {@code /api/v1/}, split on {@code /}, still encoded
     * @return the decoded variables when the path matches
     */
    Optional<Map<String, String>> match(List<String> rawSegments) {
        if (rawSegments.size() != segments.size() || !literalsMatch(rawSegments)) {
            return Optional.empty();
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (isVariable(expected)) {
                String actual = rawSegments.get(i);
                if (actual.isEmpty() && i == segments.size() - 1) {
                    return Optional.empty();
                }
                Optional<String> decoded = QueryParameters.unescape(actual, false);
                if (decoded.isEmpty()) {
                    return Optional.empty();
                }
                variables.put(expected.substring(1, expected.length() - 1), decoded.get());
            }
        }
        return Optional.of(variables);
    }

    private boolean literalsMatch(List<String> rawSegments) {
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            if (!isVariable(expected) && !expected.equals(rawSegments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return how many segments the template has */
    int segmentCount() {
        return segments.size();
    }

    /** @return the names of the template's variables, in order */
    public List<String> variableNames() {
        List<String> names = new ArrayList<>();
        for (String segment : segments) {
            if (isVariable(segment)) {
                names.add(segment.substring(1, segment.length() - 1));
            }
        }
        return names;
    }

    /** @return how many segments are literal text */
    int literalSegments() {
        return (int) segments.stream().filter(segment -> !isVariable(segment)).count();
    }

    private static boolean isVariable(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    @Override
    public String toString() {
        return template;
    }
}
