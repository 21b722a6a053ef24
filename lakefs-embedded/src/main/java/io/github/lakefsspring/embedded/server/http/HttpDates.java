package io.github.lakefsspring.embedded.server.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in HTTP headers as lakeFS writes them: {@code Mon, 02 Jan 2006 15:04:05 GMT}. */
public final class HttpDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private HttpDates() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    public static String formatEpochSeconds(long seconds) {
        return format(Instant.ofEpochSecond(seconds));
    }
}
