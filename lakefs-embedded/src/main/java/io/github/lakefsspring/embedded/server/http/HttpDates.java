package io.github.lakefsspring.embedded.server.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in HTTP headers as lakeFS writes them: {@code Mon, 02 Jan 2006 15:04:05 GMT}. */
public final class HttpDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    /** The last second formatted: a {@code Date} header names the same second for many answers in a row. */
    private static volatile Formatted last = new Formatted(Long.MIN_VALUE, "");

    private record Formatted(long epochSecond, String text) {
    }

    private HttpDates() {
    }

    public static String format(Instant instant) {
        return formatEpochSeconds(instant.getEpochSecond());
    }

    public static String formatEpochSeconds(long seconds) {
        Formatted cached = last;
        if (cached.epochSecond() == seconds) {
            return cached.text();
        }
        String text = FORMAT.format(Instant.ofEpochSecond(seconds));
        last = new Formatted(seconds, text);
        return text;
    }
}
