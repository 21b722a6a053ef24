package io.github.lakefsspring.embedded.server.validation;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A query or header parameter of an operation, with the OpenAPI facts lakeFS validates it by.
 *
 * @param name the parameter name
 * @param location where it is sent
 * @param kind its type
 * @param required whether it must be present
 * @param allowEmptyValue whether {@code name=} is accepted
 * @param minimum the smallest integer allowed, or null
 * @param maximum the largest integer allowed, or null
 * @param defaultValue the default lakeFS's validator fills in when the parameter is absent, or null
 * @param allowedValues the allowed strings (empty: any)
 * @param pattern a regular expression the value must match, or null
 */
public record ParameterSpec(String name, Location location, Kind kind, boolean required, boolean allowEmptyValue,
        @Nullable Long minimum, @Nullable Long maximum, @Nullable Object defaultValue, List<String> allowedValues,
        @Nullable Pattern pattern) {

    public ParameterSpec {
        allowedValues = List.copyOf(allowedValues);
    }

    /** Where a parameter is sent. */
    public enum Location {
        QUERY("query"), HEADER("header");

        private final String wireName;

        Location(String wireName) {
            this.wireName = wireName;
        }

        /** @return the name lakeFS's messages use */
        public String wireName() {
            return wireName;
        }
    }

    /** A parameter's type. */
    public enum Kind {
        STRING, INTEGER, BOOLEAN, STRING_ARRAY, DATE_TIME
    }

    /** An optional string query parameter. */
    public static ParameterSpec query(String name) {
        return new ParameterSpec(name, Location.QUERY, Kind.STRING, false, false, null, null, null, List.of(), null);
    }

    /** An optional string header. */
    public static ParameterSpec header(String name) {
        return new ParameterSpec(name, Location.HEADER, Kind.STRING, false, false, null, null, null, List.of(), null);
    }

    /** An optional boolean query parameter. */
    public static ParameterSpec flag(String name) {
        return query(name).ofKind(Kind.BOOLEAN);
    }

    /** lakeFS's {@code prefix}, {@code after}, {@code delimiter} and {@code search}: strings that may be empty. */
    public static ParameterSpec emptyAllowed(String name) {
        return query(name).allowingEmpty();
    }

    /**
     * lakeFS's paging parameters {@code prefix}, {@code after} and {@code amount}, in its declaration order.
     * @return the three
     */
    public static ParameterSpec[] pagination() {
        return new ParameterSpec[] { emptyAllowed("prefix"), emptyAllowed("after"), amount() };
    }

    /** lakeFS's {@code amount}: an integer within -1..1000, 100 by default. */
    public static ParameterSpec amount() {
        return query("amount").ofKind(Kind.INTEGER).within(-1, 1000).defaultingTo(100);
    }

    public ParameterSpec ofKind(Kind newKind) {
        return new ParameterSpec(name, location, newKind, required, allowEmptyValue, minimum, maximum, defaultValue,
                allowedValues, pattern);
    }

    public ParameterSpec mandatory() {
        return new ParameterSpec(name, location, kind, true, allowEmptyValue, minimum, maximum, defaultValue,
                allowedValues, pattern);
    }

    public ParameterSpec allowingEmpty() {
        return new ParameterSpec(name, location, kind, required, true, minimum, maximum, defaultValue, allowedValues,
                pattern);
    }

    public ParameterSpec within(long min, long max) {
        return new ParameterSpec(name, location, kind, required, allowEmptyValue, min, max, defaultValue,
                allowedValues, pattern);
    }

    public ParameterSpec defaultingTo(Object value) {
        return new ParameterSpec(name, location, kind, required, allowEmptyValue, minimum, maximum, value,
                allowedValues, pattern);
    }

    public ParameterSpec oneOf(String... values) {
        return new ParameterSpec(name, location, kind, required, allowEmptyValue, minimum, maximum, defaultValue,
                List.of(values), pattern);
    }

    public ParameterSpec matching(String regex) {
        return new ParameterSpec(name, location, kind, required, allowEmptyValue, minimum, maximum, defaultValue,
                allowedValues, Pattern.compile(regex));
    }
}
