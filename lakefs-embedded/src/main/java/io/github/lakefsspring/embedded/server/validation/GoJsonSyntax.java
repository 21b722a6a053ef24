package io.github.lakefsspring.embedded.server.validation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Describes why a body is not JSON in the words of Go's {@code encoding/json} decoder, which lakeFS's
 * validator quotes, e.g. {@code invalid character 'b' looking for beginning of object key string}.
 * Only the first value of the body is read, as Go's decoder does. Nesting is tracked on an explicit stack,
 * never by recursion, and limited as Go limits it: a value nested deeper than {@value #MAX_DEPTH} levels is
 * {@code invalid character '[' exceeded max depth}.
 */
final class GoJsonSyntax {

    /** Go's {@code maxNestingDepth}. */
    static final int MAX_DEPTH = 10_000;

    private final String text;

    private final char[] containers = new char[MAX_DEPTH];

    private int depth;

    private int position;

    private GoJsonSyntax(String text) {
        this.text = text;
    }

    /** @return Go's message for the first syntax error, or {@code unexpected EOF} / {@code EOF} */
    static String describe(byte[] body) {
        return check(body).orElse("unexpected EOF");
    }

    /** @return Go's message for the first syntax error of the first value, or empty when it is well formed */
    static Optional<String> check(byte[] body) {
        GoJsonSyntax scanner = new GoJsonSyntax(new String(body, StandardCharsets.UTF_8));
        scanner.skipSpace();
        if (scanner.atEnd()) {
            return Optional.of("EOF");
        }
        try {
            scanner.scan();
            return Optional.empty();
        } catch (SyntaxError e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Reads one value, containers included, without recursion. */
    private void scan() {
        boolean needValue = true;
        while (true) {
            if (needValue) {
                skipSpace();
                int c = next();
                switch (c) {
                    case '{' -> {
                        push('{', c);
                        skipSpace();
                        int first = next();
                        if (first == '}') {
                            depth--;
                            needValue = false;
                        } else {
                            key(first);
                        }
                    }
                    case '[' -> {
                        push('[', c);
                        skipSpace();
                        if (peek() == ']') {
                            position++;
                            depth--;
                            needValue = false;
                        }
                    }
                    default -> {
                        scalar(c);
                        needValue = false;
                    }
                }
                continue;
            }
            if (depth == 0) {
                return;
            }
            skipSpace();
            int c = next();
            if (containers[depth - 1] == '{') {
                if (c == '}') {
                    depth--;
                } else if (c == ',') {
                    skipSpace();
                    key(next());
                    needValue = true;
                } else {
                    throw invalid(c, "after object key:value pair");
                }
            } else if (c == ']') {
                depth--;
            } else if (c == ',') {
                needValue = true;
            } else {
                throw invalid(c, "after array element");
            }
        }
    }

    private void push(char container, int c) {
        if (depth == MAX_DEPTH) {
            throw invalid(c, "exceeded max depth");
        }
        containers[depth++] = container;
    }

    /** An object key and its colon, starting at {@code c}. */
    private void key(int c) {
        if (c != '"') {
            throw invalid(c, "looking for beginning of object key string");
        }
        string();
        skipSpace();
        int colon = next();
        if (colon != ':') {
            throw invalid(colon, "after object key");
        }
    }

    private void scalar(int c) {
        switch (c) {
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
