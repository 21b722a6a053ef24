package io.github.lakefsspring.embedded.server.http;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The identifiers the server gives each request: a version-4 UUID for the REST API's {@code X-Request-Id}, as
 * lakeFS sends, and 16 upper-case hex digits for an S3-style error's {@code RequestId}.
 *
 * <p>They name a request in answers and logs and guard nothing, so they come from {@link ThreadLocalRandom}
 * rather than {@link UUID#randomUUID()}, whose shared secure generator costs a lock and a read of the system's
 * entropy on every request.
 */
public final class RequestIds {

    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private RequestIds() {
    }

    /** @return a random version-4 UUID in its text form */
    public static String apiRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
        return new UUID(most, least).toString();
    }

    /** @return 16 random upper-case hex digits */
    public static String s3RequestId() {
        return UPPER_HEX.toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
