package io.github.lakefsspring.embedded.server.validation;

/** Quotes a string as Go's {@code %q} does, for messages that must match lakeFS's. */
final class GoQuote {

    private GoQuote() {
    }

    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> quoted.append(escape(c, '"')));
        return quoted.append('"').toString();
    }

    /** Quotes one character as Go's scanner does in syntax errors: {@code 'x'}, {@code '\''}, {@code '"'}. */
    static String quoteChar(int c) {
        if (c == '\'') {
            return "'\\''";
        }
        if (c == '"') {
            return "'\"'";
        }
        return "'" + escape(c, '\'') + "'";
    }

    private static String escape(int c, char delimiter) {
        if (c == delimiter || c == '\\') {
            return "\\" + (char) c;
        }
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0x07 -> "\\a";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            case 0x0b -> "\\v";
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    yield String.format("\\x%02x", c);
                }
                yield new String(Character.toChars(c));
            }
        };
    }
}
