package io.github.lakefsspring.embedded;

import java.net.URI;
import java.nio.file.Path;

import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;
import org.jspecify.annotations.Nullable;

/**
 * A lakeFS-compatible server running inside this JVM: the REST API under {@code /api/v1} and the
 * S3 gateway on one loopback port, its data in a directory.
 *
 * <pre>{@code
 * try (EmbeddedLakeFSServer lakefs = EmbeddedLakeFSServer.builder().build().start()) {
 *     URI api = lakefs.apiEndpoint();          // http://127.0.0.1:<port>/api/v1
 * }
 * }</pre>
 *
 * <p>Defaults: a free port on 127.0.0.1, a temporary data directory deleted on {@link #close()},
 * lakeFS's quickstart credentials, and the S3 blockstore emulation.
 */
public final class EmbeddedLakeFSServer implements AutoCloseable {

    /** The access key id of lakeFS's quickstart installation, used unless another is configured. */
    public static final String QUICKSTART_ACCESS_KEY_ID = "AKIAIOSFOLQUICKSTART";

    /** The secret access key of lakeFS's quickstart installation, used unless another is configured. */
    public static final String QUICKSTART_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    private EmbeddedLakeFSServer() {
    }

    /** @return a builder with the defaults described on this class */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds the port and opens the data directory; returns when requests are answered.
     *
     * @return this server
     */
    public EmbeddedLakeFSServer start() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** @return the server's root, e.g. {@code http://127.0.0.1:8000} (the S3 gateway endpoint) */
    public URI endpoint() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** @return the REST API base, e.g. {@code http://127.0.0.1:8000/api/v1} */
    public URI apiEndpoint() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** @return the bound port */
    public int port() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** @return the access key id requests must authenticate with */
    public String accessKeyId() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** @return the secret access key requests must authenticate with */
    public String secretAccessKey() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** @return the directory holding metadata and object data */
    public Path dataDirectory() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /**
     * Where an emulated bucket URI such as {@code s3://bucket/path/file} lives on disk, so a test can
     * put data there to import.
     */
    public Path storagePath(String storageUri) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Stops answering, flushes the store, and deletes the data directory if it was temporary. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Configures an {@link EmbeddedLakeFSServer}. */
    public static final class Builder {

        private Builder() {
        }

        /** The port to bind; 0 (the default) picks a free one. */
        public Builder port(int port) {
            throw new UnsupportedOperationException("not implemented yet");
        }

        /** The address to bind; 127.0.0.1 by default. */
        public Builder bindAddress(String address) {
            throw new UnsupportedOperationException("not implemented yet");
        }

        /** A directory to keep data in across restarts; a temporary one, deleted on close, by default. */
        public Builder dataDirectory(@Nullable Path directory) {
            throw new UnsupportedOperationException("not implemented yet");
        }

        public Builder credentials(String accessKeyId, String secretAccessKey) {
            throw new UnsupportedOperationException("not implemented yet");
        }

        /** Which lakeFS blockstore to behave as; {@link BlockstoreType#S3} by default. */
        public Builder blockstoreType(BlockstoreType type) {
            throw new UnsupportedOperationException("not implemented yet");
        }

        public EmbeddedLakeFSServer build() {
            throw new UnsupportedOperationException("not implemented yet");
        }
    }
}
