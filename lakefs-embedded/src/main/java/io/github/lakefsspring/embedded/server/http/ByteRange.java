package io.github.lakefsspring.embedded.server.http;

/**
 * A single byte range of an object, parsed from a {@code Range} header by lakeFS's rules: only
 * {@code bytes=a-b}, {@code bytes=a-} and {@code bytes=-n}; several ranges, a start after the end or a
 * malformed number is {@link Outcome#INVALID}; a start at or past the end of the object (so any range of
 * an empty object) or {@code -0} is {@link Outcome#UNSATISFIABLE}; an end past the object is clamped.
 *
 * @param outcome whether the range can be served
 * @param start the first byte (inclusive), when satisfiable
 * @param end the last byte (inclusive), when satisfiable
 */
public record ByteRange(Outcome outcome, long start, long end) {

    /** The three results of parsing a range. */
    public enum Outcome { SATISFIABLE, INVALID, UNSATISFIABLE }

    private static final ByteRange INVALID = new ByteRange(Outcome.INVALID, 0, -1);

    private static final ByteRange UNSATISFIABLE = new ByteRange(Outcome.UNSATISFIABLE, 0, -1);

    /** @return the number of bytes in a satisfiable range */
    public long length() {
        return end - start + 1;
    }

    public static ByteRange parse(String header, long size) {
        if (!header.startsWith("bytes=")) {
            return INVALID;
        }
        String spec = header.substring("bytes=".length());
        if (spec.contains(",")) {
            return INVALID;
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return INVALID;
        }
        String from = spec.substring(0, dash).trim();
        String to = spec.substring(dash + 1).trim();
        if (from.isEmpty() && to.isEmpty()) {
            return INVALID;
        }
        if (from.isEmpty()) {
            Long suffix = parse(to);
            if (suffix == null || suffix < 0) {
                return INVALID;
            }
            if (suffix == 0) {
                return UNSATISFIABLE;
            }
            return new ByteRange(Outcome.SATISFIABLE, suffix > size ? 0 : size - suffix, size - 1);
        }
        Long start = parse(from);
        if (start == null || start < 0) {
            return INVALID;
        }
        if (to.isEmpty()) {
            return start > size - 1 ? UNSATISFIABLE : new ByteRange(Outcome.SATISFIABLE, start, size - 1);
        }
        Long end = parse(to);
        if (end == null || end < 0 || start > end) {
            return INVALID;
        }
        if (start > size - 1) {
            return UNSATISFIABLE;
        }
        return new ByteRange(Outcome.SATISFIABLE, start, Math.min(end, size - 1));
    }

    private static Long parse(String number) {
        if (number.isEmpty() || !number.chars().allMatch(c -> c == '+' || c == '-' || Character.isDigit(c))) {
            return null;
        }
        try {
            return Long.parseLong(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
