package io.github.lakefsspring.embedded.server.validation;

import java.nio.charset.StandardCharsets;

/**
 * Describes why a body is not JSON in the words of Go's {@code encoding/json} decoder, which lakeFS's
 * validator quotes, e.g. {@code invalid character 'b' looking for beginning of object key string}.
 * Only the first value of the body is read, as Go's decoder does.
 */
final class GoJsonSyntax {

    private final String text;

    private int position;

    private GoJsonSyntax(String text) {
        this.text = text;
    }

    /** @return Go's message for the first syntax error, or {@code unexpected EOF} / {@code EOF} */
    static String describe(byte[] body) {
        GoJsonSyntax scanner = new GoJsonSyntax(new String(body, StandardCharsets.UTF_8));
        scanner.skipSpace();
        if (scanner.atEnd()) {
            return "EOF";
        }
        try {
            scanner.value();
            return "unexpected EOF";
        } catch (SyntaxError e) {
            return e.getMessage();
        }
    }

    private void value() {
        skipSpace();
        int c = next();
        switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number(c);
                } else {
                    throw invalid(c, "looking for beginning of value");
                }
            }
        }
    }

    private void object() {
        skipSpace();
        int c = next();
        if (c == '}') {
            return;
        }
        while (true) {
            if (c != '"') {
                throw invalid(c, "looking for beginning of object key string");
            }
            string();
            skipSpace();
            c = next();
            if (c != ':') {
                throw invalid(c, "after object key");
            }
            value();
            skipSpace();
            c = next();
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw invalid(c, "after object key:value pair");
            }
            skipSpace();
            c = next();
        }
    }

    private void array() {
        skipSpace();
        if (peek() == ']') {
            position++;
            return;
        }
        while (true) {
            value();
            skipSpace();
            int c = next();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw invalid(c, "after array element");
            }
        }
    }

    private void string() {
        while (true) {
            int c = next();
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                int escape = next();
                if (escape == 'u') {
                    for (int i = 0; i < 4; i++) {
                        int hex = next();
                        if (Character.digit(hex, 16) < 0) {
                            throw invalid(hex, "in \\u hexadecimal character escape");
                        }
                    }
                } else if ("\"\\/bfnrt".indexOf(escape) < 0) {
                    throw invalid(escape, "in string escape code");
                }
            } else if (c < 0x20) {
                throw invalid(c, "in string literal");
            }
        }
    }

    private void number(int first) {
        int c = first;
        if (c == '-') {
            c = next();
            if (c < '0' || c > '9') {
                throw invalid(c, "in numeric literal");
            }
        }
        if (c != '0') {
            while (isDigit(peek())) {
                position++;
            }
        }
        if (peek() == '.') {
            position++;
            int d = next();
            if (!isDigit(d)) {
                throw invalid(d, "after decimal point in numeric literal");
            }
            while (isDigit(peek())) {
                position++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            position++;
            int e = next();
            if (e == '+' || e == '-') {
                e = next();
            }
            if (!isDigit(e)) {
                throw invalid(e, "in exponent of numeric literal");
            }
            while (isDigit(peek())) {
                position++;
            }
        }
    }

    private void literal(String word) {
        for (int i = 1; i < word.length(); i++) {
            int c = next();
            if (c != word.charAt(i)) {
                throw invalid(c, "in literal " + word + " (expecting " + GoQuote.quoteChar(word.charAt(i)) + ")");
            }
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private void skipSpace() {
        while (!atEnd() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
    }

    private boolean atEnd() {
        return position >= text.length();
    }

    private int peek() {
        return atEnd() ? -1 : text.codePointAt(position);
    }

    private int next() {
        if (atEnd()) {
            throw new SyntaxError("unexpected EOF");
        }
        int c = text.codePointAt(position);
        position += Character.charCount(c);
        return c;
    }

    private static SyntaxError invalid(int c, String context) {
        return new SyntaxError("invalid character " + GoQuote.quoteChar(c) + " " + context);
    }

    private static final class SyntaxError extends RuntimeException {

        private static final long serialVersionUID = 1L;

        SyntaxError(String message) {
            super(message, null, false, false);
        }
    }
}
