package io.github.lakefsspring.client;

/**
 * Told about object bytes as they move, for metrics: uploads as their buffers are sent, downloads as their
 * buffers arrive. Implementations must be cheap and thread-safe; Spring Boot's auto-configuration counts them in a
 * Micrometer counter {@code lakefs.client.transfer.bytes} when a {@code MeterRegistry} exists.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface TransferListener {

    /** Ignores every transfer. */
    TransferListener NONE = (operation, direction, bytes) -> {
    };

    /**
     * @param operation the client operation, e.g. {@code uploadObject}
     * @param direction which way the bytes moved
     * @param bytes how many
     */
    void transferred(String operation, Direction direction, long bytes);

    /** Which way bytes move. */
    enum Direction {

        /** From the application to lakeFS or its storage. */
        UPLOAD,

        /** From lakeFS or its storage to the application. */
        DOWNLOAD

    }

}
