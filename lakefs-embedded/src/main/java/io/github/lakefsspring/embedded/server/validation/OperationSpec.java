package io.github.lakefsspring.embedded.server.validation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.server.json.LakeFSJson;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec.Kind;
import io.github.lakefsspring.embedded.server.validation.ParameterSpec.Location;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * How lakeFS checks the input of one operation, in its two phases and with its messages.
 *
 * <ol>
 *   <li>{@link #validate}: the OpenAPI validator, before authentication: path variables, query and header
 *       parameters (types, ranges, enums, patterns, required, empty values), then the JSON body
 *       (content type, syntax, schema). Failures are 400 with a JSON message.</li>
 *   <li>{@link #bind}: the generated parameter binding, after authentication: repeated single-valued
 *       parameters, integers that are not Go integers, dates. Failures are 400 in plain text.</li>
 * </ol>
 *
 * @param handlerName the name lakeFS's generated code gives the operation, e.g. {@code RevertBranch}
 * @param pathVariables the path variables, in template order
 * @param parameters the query and header parameters, in lakeFS's declaration order
 * @param body the JSON body schema, or null when the operation takes none (or streams it)
 * @param bodyRequired whether a JSON body must be sent
 */
public record OperationSpec(String handlerName, List<String> pathVariables, List<ParameterSpec> parameters,
        @Nullable Schema body, boolean bodyRequired) {

    /** The validator's own pattern for {@code format: date-time}. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "^[0-9]{4}-(0[1-9]|10|11|12)-(0[1-9]|[12][0-9]|3[01])T([0-1][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)"
                    + "(\\.[0-9]+)?(Z|(\\+|-)[0-9]{2}:[0-9]{2})?$");

    public OperationSpec {
        pathVariables = List.copyOf(pathVariables);
        parameters = List.copyOf(parameters);
    }

    /**
     * The validator's checks.
     *
     * @return the parsed JSON body, or null when none was sent or the operation takes none
     * @throws ApiException 400 with lakeFS's message
     */
    public @Nullable JsonNode validate(RawRequest request, LakeFSJson json) {
        for (String variable : pathVariables) {
            if (request.pathVariables().getOrDefault(variable, "").isEmpty()) {
                throw ApiException.badRequest(
                        "parameter \"" + variable + "\" in path has an error: value is required but missing");
            }
        }
        for (ParameterSpec parameter : parameters) {
            validateParameter(parameter, request).ifPresent(reason -> {
                throw ApiException.badRequest("parameter \"" + parameter.name() + "\" in "
                        + parameter.location().wireName() + " has an error: " + reason);
            });
        }
        if (body == null || request.body() == null) {
            return null;
        }
        byte[] bytes = request.body();
        if (bytes.length == 0) {
            if (bodyRequired) {
                throw bodyError("value is required but missing");
            }
            return null;
        }
        String contentType = request.contentType() == null ? "" : request.contentType();
        if (!isJson(contentType)) {
            throw bodyError("header Content-Type has unexpected value " + GoQuote.quote(contentType));
        }
        GoJsonSyntax.check(bytes).ifPresent(syntax -> {
            throw bodyError("failed to decode request body: " + syntax);
        });
        JsonNode tree;
        try {
            tree = json.readTree(bytes);
        } catch (JacksonException e) {
            throw bodyError("failed to decode request body: " + GoJsonSyntax.describe(bytes));
        }
        if (tree == null || tree.isMissingNode()) {
            throw bodyError("failed to decode request body: " + GoJsonSyntax.describe(bytes));
        }
        if (tree.isNull()) {
            throw bodyError("doesn't match schema" + BodyValidator.named(body) + ": Value is not nullable");
        }
        BodyValidator.firstViolation(body, tree).ifPresent(violation -> {
            throw bodyError(violation);
        });
        return tree;
    }

    /**
     * The binding's checks, made after authentication.
     *
     * @param tree the body {@link #validate} returned
     * @throws ApiException 400 in plain text with lakeFS's message
     */
    public void bind(RawRequest request, @Nullable JsonNode tree) {
        if (body != null && tree != null && !BodyBinder.binds(body, tree)) {
            throw ApiException.plainText(400, "Error unmarshalling body '" + handlerName + "' as JSON");
        }
        for (ParameterSpec parameter : parameters) {
            if (parameter.location() == Location.HEADER) {
                List<String> values = request.header(parameter.name());
                if (values.size() > 1) {
                    throw ApiException.plainText(400,
                            "Expected one value for " + parameter.name() + ", got " + values.size());
                }
                continue;
            }
            List<String> values = request.query().all(parameter.name());
            if (parameter.kind() == Kind.STRING_ARRAY || values.isEmpty()) {
                continue;
            }
            boolean defaultAdded = parameter.defaultValue() != null && values.get(0).isEmpty();
            if (values.size() > 1 || defaultAdded) {
                throw invalidFormat(parameter, "multiple values for single value parameter '" + parameter.name() + "'");
            }
            if (parameter.kind() == Kind.DATE_TIME && !values.get(0).isEmpty()) {
                checkGoTime(parameter, values.get(0));
            }
        }
    }

    private static Optional<String> validateParameter(ParameterSpec parameter, RawRequest request) {
        List<String> values = parameter.location() == Location.HEADER
                ? request.header(parameter.name()).stream().limit(1).filter(value -> !value.isEmpty()).toList()
                : request.query().all(parameter.name());
        if (values.isEmpty()) {
            return parameter.required() && parameter.defaultValue() == null
                    ? Optional.of("value is required but missing") : Optional.empty();
        }
        if (parameter.kind() == Kind.STRING_ARRAY) {
            return values.contains("") ? Optional.of("empty value is not allowed") : Optional.empty();
        }
        String raw = values.get(0);
        if (raw.isEmpty()) {
            return parameter.allowEmptyValue() || parameter.defaultValue() != null
                    ? Optional.empty() : Optional.of("empty value is not allowed");
        }
        return switch (parameter.kind()) {
            case INTEGER -> validateInteger(parameter, raw);
            case BOOLEAN -> parseGoBool(raw).isPresent() ? Optional.empty()
                    : Optional.of("value " + raw + ": an invalid boolean: invalid syntax");
            case DATE_TIME -> DATE_TIME.matcher(raw).find() ? Optional.empty()
                    : Optional.of("string doesn't match the format \"date-time\": string doesn't match pattern \""
                            + DATE_TIME.pattern() + "\"");
            default -> validateString(parameter, raw);
        };
    }

    private static Optional<String> validateInteger(ParameterSpec parameter, String raw) {
        long value;
        try {
            value = Long.parseLong(raw.startsWith("+") ? raw.substring(1) : raw);
        } catch (NumberFormatException e) {
            boolean digits = raw.matches("[+-]?[0-9]+");
            return Optional.of("value " + raw + ": an invalid integer: "
                    + (digits ? "value out of range" : "invalid syntax"));
        }
        if (parameter.minimum() != null && value < parameter.minimum()) {
            return Optional.of("number must be at least " + parameter.minimum() + schemaDump(parameter, raw));
        }
        if (parameter.maximum() != null && value > parameter.maximum()) {
            return Optional.of("number must be at most " + parameter.maximum() + schemaDump(parameter, raw));
        }
        return Optional.empty();
    }

    private static Optional<String> validateString(ParameterSpec parameter, String raw) {
        if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(raw)) {
            String allowed = String.join(",", parameter.allowedValues().stream().map(GoQuote::quote).toList());
            return Optional.of("value is not one of the allowed values [" + allowed + "]"
                    + schemaDump(parameter, GoQuote.quote(raw)));
        }
        if (parameter.pattern() != null && !parameter.pattern().matcher(raw).find()) {
            return Optional.of("string doesn't match the regular expression "
                    + GoQuote.quote(parameter.pattern().pattern()) + schemaDump(parameter, GoQuote.quote(raw)));
        }
        return Optional.empty();
    }

    /**
     * The validator's dump of a parameter's schema and value, as Go's indenting JSON encoder writes them
     * (keys sorted; these schemas hold only facts: type, bounds, default, enum, pattern).
     */
    private static String schemaDump(ParameterSpec parameter, String valueJson) {
        List<String> fields = new ArrayList<>();
        if (parameter.defaultValue() != null) {
            Object dflt = parameter.defaultValue();
            fields.add("\"default\": " + (dflt instanceof String text ? GoQuote.quote(text) : dflt));
        }
        if (!parameter.allowedValues().isEmpty()) {
            List<String> quoted = parameter.allowedValues().stream().map(value -> "      " + GoQuote.quote(value)).toList();
            fields.add("\"enum\": [\n" + String.join(",\n", quoted) + "\n    ]");
        }
        if (parameter.maximum() != null) {
            fields.add("\"maximum\": " + parameter.maximum());
        }
        if (parameter.minimum() != null) {
            fields.add("\"minimum\": " + parameter.minimum());
        }
        if (parameter.pattern() != null) {
            fields.add("\"pattern\": " + GoQuote.quote(parameter.pattern().pattern()));
        }
        fields.add("\"type\": \"" + (parameter.kind() == Kind.INTEGER ? "integer" : "string") + "\"");
        return "\nSchema:\n  {\n    " + String.join(",\n    ", fields) + "\n  }\n\nValue:\n  " + valueJson + "\n";
    }

    private static Optional<Boolean> parseGoBool(String raw) {
        return switch (raw) {
            case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(Boolean.TRUE);
            case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(Boolean.FALSE);
            default -> Optional.empty();
        };
    }

    /** @return the boolean Go reads from a query value lakeFS accepted */
    public static boolean goBool(String raw) {
        return parseGoBool(raw).orElse(Boolean.FALSE);
    }

    private static void checkGoTime(ParameterSpec parameter, String raw) {
        try {
            OffsetDateTime.parse(raw);
            return;
        } catch (DateTimeParseException e) {
            // lakeFS then tries a plain date
        }
        String detail;
        if (raw.length() >= 10 && isDate(raw.substring(0, 10))) {
            detail = raw.length() == 10 ? null : "extra text: " + GoQuote.quote(raw.substring(10));
        } else {
            detail = "cannot parse " + GoQuote.quote(raw) + " as \"2006\"";
        }
        if (detail != null) {
            throw invalidFormat(parameter, "error parsing '" + raw + "' as RFC3339 or 2006-01-02 time: parsing time "
                    + GoQuote.quote(raw) + ": " + detail);
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static ApiException invalidFormat(ParameterSpec parameter, String reason) {
        return ApiException.plainText(400, "Invalid format for parameter " + parameter.name() + ": " + reason);
    }

    private static ApiException bodyError(String reason) {
        return ApiException.badRequest("request body has an error: " + reason);
    }

    private static boolean isJson(String contentType) {
        String mediaType = contentType;
        int semicolon = mediaType.indexOf(';');
        if (semicolon >= 0) {
            mediaType = mediaType.substring(0, semicolon);
        }
        mediaType = mediaType.trim().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }
}
