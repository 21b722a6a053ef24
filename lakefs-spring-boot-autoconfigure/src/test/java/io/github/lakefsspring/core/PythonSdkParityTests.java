package io.github.lakefsspring.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.github.lakefsspring.client.ConflictException;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.LakeFSClientSettings;
import io.github.lakefsspring.client.ObjectExistsException;
import io.github.lakefsspring.client.model.ImportStatus;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.StorageConfig;
import io.github.lakefsspring.embedded.junit.EmbeddedLakeFS;
import io.github.lakefsspring.embedded.junit.LakeFSTarget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Behaviours the lakeFS Python SDK's own tests pin: paging, presigned and direct object IO, presigned multipart
 * uploads, and the import manager's life cycle; on the embedded server, or a real lakeFS named by the
 * {@code LAKEFS_IT_*} variables (presigned cases need storage that presigns; imports need
 * {@code LAKEFS_IT_IMPORT_DIR} there).
 */
@EmbeddedLakeFS
class PythonSdkParityTests {

    private LakeFSTarget target;

    private RepositoryTemplate repositories;

    private Repository repo;

    @BeforeEach
    void connect(LakeFSTarget target) {
        this.target = target;
        this.repositories = new RepositoryTemplate(LakeFSClient.create(
                LakeFSClientSettings.of(target.endpoint().toString(), target.accessKeyId(), target.secretAccessKey())));
        String id = "parity-" + Long.toString(System.nanoTime(), 36);
        this.repo = this.repositories.repository(id).create(target.uniqueNamespace(id));
    }

    private StorageConfig storage() {
        return this.repositories.client().server().config().storageConfig();
    }

    @Test
    void aThousandObjectsPageInTenPagesInOrder() {
        Branch main = this.repo.branch("main");
        List<String> paths = IntStream.range(0, 1000).mapToObj((i) -> String.format("p/%04d", i)).toList();
        paths.forEach((path) -> main.object(path).upload(""));
        List<String> listed = main.objects(ObjectListOptions.prefix("p/").withPageSize(100)).map(ObjectStats::path)
            .toList();
        assertThat(listed).containsExactlyElementsOf(paths);
        assertThat(main.objects(ObjectListOptions.prefix("p/").withMaxAmount(2000)).count()).isEqualTo(1000);
    }

    @ParameterizedTest(name = "presign {0}")
    @ValueSource(booleans = { true, false })
    void everyWriteAndReadModeRoundTrips(boolean presign) throws IOException {
        assumeTrue(!presign || storage().preSignSupport(), "the target's storage cannot presign");
        Branch main = this.repo.branch("main");
        WriteOptions write = WriteOptions.contentType("text/plain").withPresign(presign);
        main.object("s").upload("string " + presign, write);
        main.object("b").upload(("bytes " + presign).getBytes(StandardCharsets.UTF_8), write);
        main.object("w").write(write, (out) -> out.write(("writer " + presign).getBytes(StandardCharsets.UTF_8)));
        Path file = Files.writeString(Files.createTempFile("parity", ".txt"), "file " + presign);
        main.object("f").upload(file, write);
        Files.delete(file);
        for (String path : List.of("s", "b", "w", "f")) {
            try (InputStream in = main.object(path).openStream(presign)) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).endsWith(" " + presign);
            }
            try (InputStream in = main.object(path).openStream("bytes=0-2", presign)) {
                assertThat(in.readAllBytes()).hasSize(3);
            }
            assertThat(main.object(path).stat().contentType()).isEqualTo("text/plain");
        }
        assertThatExceptionOfType(ObjectExistsException.class)
            .isThrownBy(() -> main.object("s").upload("again", write.withMode(WriteMode.CREATE)));
    }

    @Test
    void importsRunOnceReportProgressAndCannotBeCanceledWhenDone() throws IOException {
        Optional<String> prefix = this.target.freshImportPrefix();
        assumeTrue(prefix.isPresent(), "LAKEFS_IT_IMPORT_DIR names no directory the real lakeFS imports from");
        for (int i = 0; i < 3; i++) {
            this.target.writeImportSource(prefix.get() + "f" + i, ("x" + i).getBytes(StandardCharsets.UTF_8));
        }
        ImportManager manager = this.repo.branch("main").importData("import", Map.of("from", "parity"))
            .prefix(prefix.get(), "imported/");
        assertThatIllegalStateException().isThrownBy(manager::status).withMessage("The import has not been started");
        manager.start();
        List<Long> progress = new ArrayList<>();
        ImportStatus status = manager.waitFor(Duration.ofSeconds(30), Duration.ofMillis(20), progress::add);
        assertThat(status.ingestedObjects()).isEqualTo(3);
        assertThat(status.commit().metadata()).containsEntry("from", "parity");
        assertThat(progress).isNotEmpty().last().isEqualTo(3L);
        assertThatIllegalStateException().isThrownBy(manager::start).withMessageContaining("can be used once");
        assertThatIllegalStateException().isThrownBy(() -> manager.prefix("s3://x/", "y/"))
            .withMessageContaining("sources cannot be added");
        assertThatExceptionOfType(ConflictException.class).isThrownBy(manager::cancel);
        assertThat(this.repo.branch("main").objects(ObjectListOptions.prefix("imported/")).count()).isEqualTo(3);
    }

    @Test
    void largePresignedWritesUseMultipartUploads() throws IOException {
        assumeTrue(storage().preSignMultipartUpload(), "the target's storage has no presigned multipart uploads");
        long size = WritableObject.MULTIPART_THRESHOLD + 5 * 1024 * 1024 + 3;
        Path file = Files.createTempFile("multipart", ".bin");
        try {
            try (var out = Files.newOutputStream(file)) {
                byte[] chunk = new byte[1024 * 1024];
                for (long written = 0; written < size; written += chunk.length) {
                    chunk[0] = (byte) (written >>> 20);
                    out.write(chunk, 0, (int) Math.min(chunk.length, size - written));
                }
            }
            WritableObject object = this.repo.branch("main").object("multi.bin")
                .upload(file, WriteOptions.contentType("application/x-big").withPresign(true));
            ObjectStats stats = object.stat();
            assertThat(stats.sizeBytes()).isEqualTo(size);
            assertThat(stats.checksum()).as("a multipart checksum").endsWith("-5");
            assertThat(stats.contentType()).isEqualTo("application/x-big");
            try (InputStream in = object.openStream(false); InputStream expected = Files.newInputStream(file)) {
                assertThat(digest(in)).isEqualTo(digest(expected));
            }
        }
        finally {
            Files.delete(file);
        }
    }

    private static String digest(InputStream in) throws IOException {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1024 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                md5.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(md5.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    @Test
    void repositoryMetadataIsReadEveryTime() {
        this.repo.branch("main").support.client().repositories().setMetadata(this.repo.id(),
                Map.of("team", "data"));
        assertThat(this.repo.metadata()).containsEntry("team", "data");
    }

}
