package io.github.lakefsspring.embedded.server.validation;

import java.math.BigInteger;

import io.github.lakefsspring.embedded.server.validation.Schema.ArraySchema;
import io.github.lakefsspring.embedded.server.validation.Schema.IntegerSchema;
import io.github.lakefsspring.embedded.server.validation.Schema.ObjectSchema;
import tools.jackson.databind.JsonNode;

/**
 * The second check lakeFS makes on a body that passed validation: decoding it into Go types. An
 * integer written as a decimal or in exponent form ({@code 1.0}, {@code 1e0}) or out of range passes
 * the validator but fails there.
 */
final class BodyBinder {

    private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private BodyBinder() {
    }

    /** @return whether Go could decode {@code node} into the types {@code schema} describes */
    static boolean binds(Schema schema, JsonNode node) {
        if (node.isNull()) {
            return true;
        }
        if (schema instanceof IntegerSchema) {
            return node.isIntegralNumber() && fitsInt64(node.bigIntegerValue());
        }
        if (schema instanceof ArraySchema array) {
            for (JsonNode item : node) {
                if (!binds(array.items(), item)) {
                    return false;
                }
            }
            return true;
        }
        if (schema instanceof ObjectSchema object) {
            for (var property : object.properties().entrySet()) {
                JsonNode value = node.get(property.getKey());
                if (value != null && !binds(property.getValue(), value)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean fitsInt64(BigInteger value) {
        return value.compareTo(INT64_MIN) >= 0 && value.compareTo(INT64_MAX) <= 0;
    }
}
