package io.github.lakefsspring.embedded.server.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The subset of OpenAPI schemas lakeFS's request bodies use, with the facts that decide how its
 * validator answers: types, patterns, enums, required properties and defaults (a {@code null} or
 * missing property with a default takes the default instead of failing).
 */
public sealed interface Schema {

    /** @return the value used when the property is null or missing, or null for none */
    @Nullable Object defaultValue();

    /** A string, optionally constrained by a regular expression or a list of allowed values. */
    record StringSchema(@Nullable Pattern pattern, List<String> allowedValues, int minLength,
            @Nullable Object defaultValue) implements Schema {

        public StringSchema {
            allowedValues = List.copyOf(allowedValues);
        }
    }

    /** An integer; lakeFS binds every integer body field to a 64-bit Go integer. */
    record IntegerSchema(@Nullable Object defaultValue) implements Schema {
    }

    /** A boolean. */
    record BooleanSchema(@Nullable Object defaultValue) implements Schema {
    }

    /** An array of one item type. */
    record ArraySchema(Schema items) implements Schema {

        @Override
        public @Nullable Object defaultValue() {
            return null;
        }
    }

    /**
     * An object.
     *
     * @param reference the component name, e.g. {@code RepositoryCreation}, for top-level bodies (else null)
     * @param properties declared properties
     * @param required required property names, in declaration order
     * @param additionalProperties the schema of undeclared properties, or null to accept anything
     */
    record ObjectSchema(@Nullable String reference, Map<String, Schema> properties, List<String> required,
            @Nullable Schema additionalProperties) implements Schema {

        public ObjectSchema {
            properties = new LinkedHashMap<>(properties);
            required = List.copyOf(required);
        }

        @Override
        public @Nullable Object defaultValue() {
            return null;
        }
    }

    static StringSchema string() {
        return new StringSchema(null, List.of(), 0, null);
    }

    static StringSchema pattern(String regex) {
        return new StringSchema(Pattern.compile(regex), List.of(), 0, null);
    }

    static StringSchema oneOf(String... values) {
        return new StringSchema(null, List.of(values), 0, null);
    }

    static StringSchema nonEmptyString() {
        return new StringSchema(null, List.of(), 1, null);
    }

    static IntegerSchema integer() {
        return new IntegerSchema(null);
    }

    static BooleanSchema bool() {
        return new BooleanSchema(null);
    }

    /** A boolean whose default is false (lakeFS's {@code default: false} flags). */
    static BooleanSchema flag() {
        return new BooleanSchema(Boolean.FALSE);
    }

    static ArraySchema arrayOf(Schema items) {
        return new ArraySchema(items);
    }

    /** An object with only string values ({@code additionalProperties: {type: string}}). */
    static ObjectSchema stringMap() {
        return new ObjectSchema(null, Map.of(), List.of(), string());
    }
}
