package io.github.lakefsspring.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * A stream read ahead so that its size is known before it is sent: up to 64 KiB stay in memory, anything larger is
 * spooled to a temporary file (deleted by {@link #delete()}), so that no upload holds a large object in memory.
 *
 * @param bytes the content, when it fit in memory
 * @param file the temporary file holding the content, when it did not
 */
record SpooledContent(byte[] bytes, @Nullable Path file) {

    private static final int IN_MEMORY = 64 * 1024;

    /** Reads the stream to its end and closes it. */
    static SpooledContent of(InputStream content) {
        try (InputStream in = content) {
            byte[] head = in.readNBytes(IN_MEMORY);
            if (head.length < IN_MEMORY) {
                return new SpooledContent(head, null);
            }
            Path file = Files.createTempFile("lakefs-upload-", ".tmp");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(head);
                in.transferTo(out);
            }
            catch (IOException | RuntimeException ex) {
                Files.deleteIfExists(file);
                throw ex;
            }
            return new SpooledContent(new byte[0], file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot buffer the upload in a temporary file", ex);
        }
    }

    /** Deletes the temporary file, if any (a leftover one would be harmless). */
    void delete() {
        if (this.file != null) {
            try {
                Files.deleteIfExists(this.file);
            }
            catch (IOException ex) {
                // a leftover temporary file is harmless
            }
        }
    }

}
