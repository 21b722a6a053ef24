package io.github.lakefsspring.core;

import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 1 GiB object written through {@link ObjectWriter} and read back through a stream, in a JVM whose heap is
 * capped at 128 MiB (its own surefire execution): nothing holds the object in memory. Not timed.
 */
@EmbeddedLakeFS
class LargeObjectTests {

    private static final long SIZE = 1024L * 1024 * 1024;

    @Test
    void aGibibyteStreamsThroughWriterAndReader(LakeFSTarget target) throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx128m").isLessThan(150L * 1024 * 1024);
        RepositoryTemplate repositories = new RepositoryTemplate(LakeFSClient.create(
                LakeFSClientSettings.of(target.endpoint().toString(), target.accessKeyId(), target.secretAccessKey())));
        String id = "large-" + Long.toString(System.nanoTime(), 36);
        Branch main = repositories.repository(id).create(target.uniqueNamespace(id)).branch("main");
        MessageDigest written = MessageDigest.getInstance("MD5");
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = main.object("big.bin").openWriter(WriteOptions.defaults().withPresign(false))) {
            for (long sent = 0; sent < SIZE; sent += chunk.length) {
                chunk[0] = (byte) (sent >>> 20);
                written.update(chunk);
                out.write(chunk);
            }
        }
        assertThat(main.object("big.bin").stat().sizeBytes()).isEqualTo(SIZE);
        MessageDigest read = MessageDigest.getInstance("MD5");
        long total = 0;
        try (InputStream in = main.object("big.bin").openStream()) {
            byte[] buffer = new byte[256 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                read.update(buffer, 0, n);
                total += n;
            }
        }
        assertThat(total).isEqualTo(SIZE);
        assertThat(read.digest()).isEqualTo(written.digest());
    }


}
