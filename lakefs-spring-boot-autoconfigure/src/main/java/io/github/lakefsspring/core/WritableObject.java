package io.github.lakefsspring.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.ObjectsApi.UploadOptions;
import io.github.lakefsspring.client.UploadBody;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.PresignedMultipartUpload;
import io.github.lakefsspring.client.model.StagingLocation;


/**
 * An object on a branch, which can also be written and deleted. Writes stream: uploads from a stream or file
 * and {@link #openWriter} never hold the object in memory. With presigned writes (chosen from the server's
 * storage, or forced by {@link WriteOptions#presign()}), the bytes go straight to the object store and are then
 * linked; the upload is spooled to a temporary file first when its length is unknown.
 *
 * @since 0.1.0
 */
public final class WritableObject extends LakeFSObject {

    /** Presigned writes of files larger than this are split into a multipart upload where the storage allows. */
    static final long MULTIPART_THRESHOLD = 64L * 1024 * 1024;

    /** The size of each part of a presigned multipart upload (but the last). */
    static final long PART_SIZE = 16L * 1024 * 1024;

    private final Branch branch;

    WritableObject(CoreSupport support, String repositoryId, Branch branch, String path) {
        super(support, repositoryId, branch, path);
        this.branch = branch;
    }

    /**
     * Uploads text as UTF-8, replacing the object.
     * @param text the text
     * @return this handle
     */
    public WritableObject upload(String text) {
        return upload(text, WriteOptions.defaults());
    }

    /**
     * Uploads text as UTF-8.
     * @param text the text
     * @param options content type, metadata, mode, presign
     * @return this handle
     */
    public WritableObject upload(String text, WriteOptions options) {
        return upload(text.getBytes(StandardCharsets.UTF_8), options);
    }

    /**
     * Uploads bytes.
     * @param bytes the bytes
     * @param options content type, metadata, mode, presign
     * @return this handle
     */
    public WritableObject upload(byte[] bytes, WriteOptions options) {
        return upload(bytes, options, branchName());
    }

    private WritableObject upload(byte[] bytes, WriteOptions options, String branch) {
        if (this.support.presignUpload(options.presign(), bytes.length)) {
            putPresigned(UploadBody.of(bytes), md5(bytes), options, branch);
        }
        else {
            this.support.client().objects().upload(repositoryId(), branch, path(), bytes, uploadOptions(options));
        }
        forgetStats();
        return this;
    }

    /**
     * Uploads a file, streamed from disk.
     * @param file the file
     * @param options content type, metadata, mode, presign
     * @return this handle
     */
    public WritableObject upload(Path file, WriteOptions options) {
        return upload(file, options, branchName());
    }

    private WritableObject upload(Path file, WriteOptions options, String branch) {
        boolean presign = this.support.presignUpload(options.presign(), size(file));
        if (presign && options.mode() == WriteMode.OVERWRITE && this.support.presignMultipart()
                && size(file) > MULTIPART_THRESHOLD) {
            putMultipart(file, options, branch);
            forgetStats();
            return this;
        }
        if (presign) {
            putPresigned(UploadBody.of(file), null, options, branch);
        }
        else {
            this.support.client().objects().upload(repositoryId(), branch, path(), file, uploadOptions(options));
        }
        forgetStats();
        return this;
    }

    /**
     * Uploads a stream, read as it is sent; when a presigned write may apply, its size must be known first, so it is
     * read ahead (a small object in memory, a larger one spooled to a temporary file). The stream is closed at the
     * end.
     * @param content the bytes
     * @param options content type, metadata, mode, presign
     * @return this handle
     */
    public WritableObject upload(InputStream content, WriteOptions options) {
        return upload(content, options, branchName());
    }

    private WritableObject upload(InputStream content, WriteOptions options, String branch) {
        if (this.support.presignUpload(options.presign(), -1)) {
            SpooledContent spooled = SpooledContent.of(content);
            try {
                return (spooled.file() != null) ? upload(spooled.file(), options, branch)
                        : upload(spooled.bytes(), options, branch);
            }
            finally {
                spooled.delete();
            }
        }
        this.support.client().objects().upload(repositoryId(), branch, path(), content, -1, uploadOptions(options));
        forgetStats();
        return this;
    }

    /**
     * Opens a writer that streams to the object as it is written; {@link ObjectWriter#close()} completes the
     * write, {@link ObjectWriter#discard()} aborts it.
     * @param options content type, metadata, mode, presign
     * @return the writer
     */
    public ObjectWriter openWriter(WriteOptions options) {
        ObjectPipe pipe = new ObjectPipe();
        String branch = branchName();
        CompletableFuture<ObjectStats> upload = this.support.background().start(() -> {
            upload(pipe.input(), options, branch);
            return this.support.client().objects().stat(repositoryId(), branch, path(), false, true);
        });
        return new ObjectWriter(pipe, upload, this::forgetStats);
    }

    /**
     * Writes the object through a stream: the object is stored when {@code body} returns, and not at all when it
     * throws (the exception is rethrown).
     * @param options content type, metadata, mode, presign
     * @param body writes the bytes
     * @return this handle
     */
    public WritableObject write(WriteOptions options, ObjectBody<OutputStream> body) {
        ObjectWriter writer = openWriter(options);
        try {
            body.writeTo(writer);
        }
        catch (IOException ex) {
            writer.discard();
            throw new UncheckedIOException("Writing " + this + " failed; nothing was stored", ex);
        }
        catch (RuntimeException | Error ex) {
            writer.discard();
            throw ex;
        }
        try {
            writer.close();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Writing " + this + " failed; nothing was stored", ex);
        }
        return this;
    }

    /**
     * Writes the object as UTF-8 text through a {@link Writer}: stored when {@code body} returns, not at all when
     * it throws.
     * @param options content type, metadata, mode, presign
     * @param body writes the text
     * @return this handle
     */
    public WritableObject writeText(WriteOptions options, ObjectBody<Writer> body) {
        return write(options, (out) -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            body.writeTo(writer);
            writer.flush();
        });
    }

    /** Deletes the object from the branch (an uncommitted change; a missing object is not an error). */
    public void delete() {
        this.support.client().objects().delete(repositoryId(), branchName(), path());
        forgetStats();
    }

    private String branchName() {
        return this.branch.effectiveRef();
    }

    private void putPresigned(UploadBody body, @Nullable String checksum, WriteOptions options, String branch) {
        StagingLocation location = this.support.client().staging().reserve(repositoryId(), branch, path(), true);
        String url = location.presignedUrl();
        if (url == null) {
            throw new IllegalStateException("lakeFS reserved " + location.physicalAddress()
                    + " without a presigned URL although its storage supports presigning");
        }
        String etag = this.support.client().staging().write(url, body);
        String sum = (etag != null && !etag.isEmpty()) ? etag : checksum;
        this.support.client().staging().link(repositoryId(), branch, path(), location.physicalAddress(),
                (sum != null) ? sum : "", body.length(), options.contentType(), options.metadata(),
                options.mode() == WriteMode.CREATE);
    }

    /** Writes a large file in parts straight to the object store, aborting the upload if any part fails. */
    private void putMultipart(Path file, WriteOptions options, String branch) {
        long size = size(file);
        int parts = (int) ((size + PART_SIZE - 1) / PART_SIZE);
        PresignedMultipartUpload upload = this.support.client().staging().createMultipart(repositoryId(), branch,
                path(), parts);
        try {
            List<String> etags = new ArrayList<>();
            for (int part = 0; part < parts; part++) {
                long offset = part * PART_SIZE;
                long length = Math.min(PART_SIZE, size - offset);
                String etag = this.support.client().staging().write(upload.presignedUrls().get(part),
                        UploadBody.slice(file, offset, length));
                etags.add((etag != null) ? etag : "");
            }
            this.support.client().staging().completeMultipart(repositoryId(), branch, path(), upload, etags,
                    options.contentType(), options.metadata());
        }
        catch (RuntimeException ex) {
            try {
                this.support.client().staging().abortMultipart(repositoryId(), branch, path(), upload);
            }
            catch (RuntimeException abort) {
                ex.addSuppressed(abort);
            }
            throw ex;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + file, ex);
        }
    }

    private static UploadOptions uploadOptions(WriteOptions options) {
        return new UploadOptions(options.contentType(), options.metadata(), options.mode() == WriteMode.CREATE);
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /**
     * Writes an object's content to a stream or writer.
     *
     * @param <T> the stream or writer type
     */
    @FunctionalInterface
    public interface ObjectBody<T> {

        /**
         * @param target where to write
         * @throws IOException when writing fails; nothing is stored then
         */
        void writeTo(T target) throws IOException;

    }

}
