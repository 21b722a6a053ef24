package io.github.lakefsspring.embedded.server.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ArrayList;

import org.jspecify.annotations.Nullable;

/**
 * The query parameters of a request, decoded as Go's {@code url.ParseQuery} decodes them (lakeFS's
 * view of them): pairs split on {@code &}, {@code +} read as a space, and pairs with a {@code ;} or a
 * malformed percent escape dropped.
 */
public final class QueryParameters {

    private static final QueryParameters EMPTY = new QueryParameters(Map.of());

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @param rawQuery the part of the request target after {@code ?}, still encoded; null for none */
    public static QueryParameters parse(@Nullable String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty() || pair.indexOf(';') >= 0) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawKey = equals < 0 ? pair : pair.substring(0, equals);
            String rawValue = equals < 0 ? "" : pair.substring(equals + 1);
            Optional<String> key = unescape(rawKey, true);
            Optional<String> value = unescape(rawValue, true);
            if (key.isPresent() && value.isPresent()) {
                values.computeIfAbsent(key.get(), k -> new ArrayList<>()).add(value.get());
            }
        }
        return new QueryParameters(values);
    }

    /**
     * Decodes percent escapes as Go does; empty when an escape is malformed.
     *
     * @param plusAsSpace whether {@code +} means a space (query) or itself (path)
     */
    public static Optional<String> unescape(String encoded, boolean plusAsSpace) {
        if (encoded.indexOf('%') < 0 && (!plusAsSpace || encoded.indexOf('+') < 0) && isAscii(encoded)) {
            return Optional.of(encoded);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusAsSpace) {
                bytes.write(' ');
            } else if (c < 0x100) {
                // the request line reaches us as ISO-8859-1: each char is one raw byte
                bytes.write(c);
            } else {
                byte[] encodedChar = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encodedChar, 0, encodedChar.length);
            }
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }

    private static boolean isAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** @return every value given for {@code name}, in order; empty if absent */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** @return the first value given for {@code name}, or null */
    public @Nullable String first(String name) {
        List<String> given = values.get(name);
        return given == null ? null : given.get(0);
    }

    public boolean contains(String name) {
        return values.containsKey(name);
    }
}
