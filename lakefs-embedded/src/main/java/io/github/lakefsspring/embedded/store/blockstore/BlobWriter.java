package io.github.lakefsspring.embedded.store.blockstore;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Streams bytes into the blockstore. Nothing is visible at the address until {@link #commit()}
 * returns; {@link #abort()} (or {@link #close()} without a commit) discards what was written, and a
 * crash at any point leaves no partial object behind.
 */
public interface BlobWriter extends AutoCloseable {

    /** @return the address the bytes will have once committed */
    String physicalAddress();

    /** Appends the buffer's remaining bytes. */
    void write(ByteBuffer chunk) throws IOException;

    /** Makes the bytes durable and visible at the address. */
    StoredBlob commit() throws IOException;

    /** Discards the bytes; does nothing after a commit. */
    void abort();

    /** Aborts unless committed. */
    @Override
    void close();
}
