package io.github.lakefsspring.embedded.server.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.github.lakefsspring.embedded.server.validation.Schema.ArraySchema;
import io.github.lakefsspring.embedded.server.validation.Schema.BooleanSchema;
import io.github.lakefsspring.embedded.server.validation.Schema.IntegerSchema;
import io.github.lakefsspring.embedded.server.validation.Schema.ObjectSchema;
import io.github.lakefsspring.embedded.server.validation.Schema.StringSchema;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON body against a {@link Schema} the way lakeFS's OpenAPI validator does, reporting the
 * first violation in the validator's order (an object's present properties in sorted order, then its
 * missing required ones) and in its words, e.g. {@code Error at "/name": string doesn't match the
 * regular expression "..."}.
 *
 * <p>The validator's dump of the violated schema and value that lakeFS appends to the message is left
 * out: it quotes lakeFS's API descriptions.
 */
final class BodyValidator {

    private BodyValidator() {
    }

    /** @return the violation, as the part of lakeFS's message after {@code request body has an error: } */
    static Optional<String> firstViolation(Schema schema, JsonNode body) {
        return visit(schema, body).map(violation -> "doesn't match schema" + named(schema) + ": "
                + violation.describe());
    }

    /** @return {@code " #/components/schemas/<name>"} for a named schema, else nothing (an inline array) */
    static String named(Schema schema) {
        return (schema instanceof ObjectSchema object && object.reference() != null)
                ? " #/components/schemas/" + object.reference() : "";
    }

    private static Optional<Violation> visit(Schema schema, JsonNode node) {
        if (node.isNull()) {
            return Optional.of(new Violation("Value is not nullable"));
        }
        if (schema instanceof StringSchema string) {
            return visitString(string, node);
        }
        if (schema instanceof IntegerSchema) {
            if (!node.isNumber()) {
                return Optional.of(new Violation("value must be an integer"));
            }
            boolean integral = node.isIntegralNumber() || isIntegral(node.decimalValue());
            return integral ? Optional.empty() : Optional.of(new Violation("value must be an integer"));
        }
        if (schema instanceof BooleanSchema) {
            return node.isBoolean() ? Optional.empty() : Optional.of(new Violation("value must be a boolean"));
        }
        if (schema instanceof ArraySchema array) {
            if (!node.isArray()) {
                return Optional.of(new Violation("value must be an array"));
            }
            for (int i = 0; i < node.size(); i++) {
                Optional<Violation> violation = visit(array.items(), node.get(i));
                if (violation.isPresent()) {
                    return Optional.of(violation.get().under(String.valueOf(i)));
                }
            }
            return Optional.empty();
        }
        return visitObject((ObjectSchema) schema, node);
    }

    private static Optional<Violation> visitString(StringSchema schema, JsonNode node) {
        if (!schema.allowedValues().isEmpty()
                && !(node.isString() && schema.allowedValues().contains(node.stringValue()))) {
            String allowed = schema.allowedValues().stream().map(value -> "\"" + value + "\"")
                    .collect(Collectors.joining(",", "[", "]"));
            return Optional.of(new Violation("value is not one of the allowed values " + allowed));
        }
        if (!node.isString()) {
            return Optional.of(new Violation("value must be a string"));
        }
        String value = node.stringValue();
        if (schema.minLength() > 0 && value.length() < schema.minLength()) {
            return Optional.of(new Violation("minimum string length is " + schema.minLength()));
        }
        if (schema.pattern() != null && !schema.pattern().matcher(value).find()) {
            return Optional.of(new Violation(
                    "string doesn't match the regular expression \"" + schema.pattern().pattern() + "\""));
        }
        return Optional.empty();
    }

    private static Optional<Violation> visitObject(ObjectSchema schema, JsonNode node) {
        if (!node.isObject()) {
            return Optional.of(new Violation("value must be an object"));
        }
        List<String> keys = new ArrayList<>(node.propertyNames());
        keys.sort(null);
        for (String key : keys) {
            JsonNode value = node.get(key);
            Schema property = schema.properties().get(key);
            if (property == null) {
                property = schema.additionalProperties();
            }
            if (property == null || (value.isNull() && property.defaultValue() != null)) {
                continue;
            }
            Optional<Violation> violation = visit(property, value);
            if (violation.isPresent()) {
                return Optional.of(violation.get().under(key));
            }
        }
        for (String name : schema.required()) {
            if (!node.has(name)) {
                return Optional.of(new Violation("property \"" + name + "\" is missing").under(name));
            }
        }
        return Optional.empty();
    }

    private static boolean isIntegral(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    /** A reason and the path (innermost first, as it is built while unwinding) to the offending value. */
    private record Violation(String reason, List<String> reversePath) {

        Violation(String reason) {
            this(reason, List.of());
        }

        Violation under(String key) {
            List<String> longer = new ArrayList<>(reversePath);
            longer.add(key);
            return new Violation(reason, longer);
        }

        String describe() {
            if (reversePath.isEmpty()) {
                return reason;
            }
            StringBuilder pointer = new StringBuilder("Error at \"");
            for (int i = reversePath.size() - 1; i >= 0; i--) {
                pointer.append('/').append(reversePath.get(i));
            }
            return pointer.append("\": ").append(reason).toString();
        }
    }
}
