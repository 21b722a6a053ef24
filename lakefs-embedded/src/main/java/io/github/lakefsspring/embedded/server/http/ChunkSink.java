package io.github.lakefsspring.embedded.server.http;

import java.io.IOException;
import java.nio.ByteBuffer;

/** Receives a request body chunk by chunk, in order, on one thread at a time. */
public interface ChunkSink {

    void accept(ByteBuffer chunk) throws IOException;

    /** Called once after the last chunk. */
    default void finish() throws IOException {
    }
}
