package io.github.lakefsspring.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.lakefsspring.embedded.EmbeddedLakeFSServer;

/**
 * Places the objects the walkthrough imports into the embedded server's emulated buckets, as they would already
 * be in a real object store.
 */
final class ImportSourceSeeder {

    private ImportSourceSeeder() {
    }

    static void seed(EmbeddedLakeFSServer server, SampleProperties properties) {
        String prefix = properties.importPrefix().endsWith("/") ? properties.importPrefix()
                : properties.importPrefix() + "/";
        write(server.storagePath(prefix + "part-0001.csv"), "id,value\n1,a\n");
        write(server.storagePath(prefix + "part-0002.csv"), "id,value\n2,b\n");
        write(server.storagePath(prefix + "nested/part-0003.csv"), "id,value\n3,c\n");
        write(server.storagePath(properties.importObject()), "an object imported on its own\n");
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot place an import source at " + file, ex);
        }
    }

}
