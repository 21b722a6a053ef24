package io.github.lakefsspring.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.ObjectContent;
import io.github.lakefsspring.client.model.ObjectStats;


/**
 * An object at a ref, read-only: stat, existence, streamed reads (binary, text, ranged, seekable) and copies.
 * Creating the handle makes no request. Reads go through a presigned URL when the server's storage supports it
 * (or when asked), without sending lakeFS's credentials to the storage.
 *
 * @since 0.1.0
 */
public class LakeFSObject {

    final CoreSupport support;

    private final String repositoryId;

    private final Reference ref;

    private final String path;

    private volatile @Nullable ObjectStats stats;

    LakeFSObject(CoreSupport support, String repositoryId, Reference ref, String path) {
        this.support = support;
        this.repositoryId = repositoryId;
        this.ref = ref;
        this.path = LakeFSNames.requirePath(path);
    }

    /** @return the repository id */
    public String repositoryId() {
        return this.repositoryId;
    }

    /** @return the ref the object is read at */
    public Reference ref() {
        return this.ref;
    }

    /** @return the object's path */
    public String path() {
        return this.path;
    }

    /** @return whether the object exists at the ref */
    public boolean exists() {
        return this.support.client().objects().exists(this.repositoryId, this.ref.effectiveRef(), this.path);
    }

    /**
     * The object's stats, cached by this handle until it writes or deletes the object.
     * @return the stats
     * @throws io.github.lakefsspring.client.ObjectNotFoundException when there is no such object
     */
    public ObjectStats stat() {
        ObjectStats current = this.stats;
        if (current == null) {
            current = this.support.client().objects().stat(this.repositoryId, this.ref.effectiveRef(), this.path,
                    false, true);
            this.stats = current;
        }
        return current;
    }

    void forgetStats() {
        this.stats = null;
    }

    /**
     * Opens the object's bytes as a stream that reads from the network as it is read; close it when done.
     * @return the bytes
     */
    public InputStream openStream() {
        return openStream(null, null);
    }

    /**
     * Opens the object's bytes.
     * @param presign whether to read through a presigned URL: {@code null} as the server's storage allows
     * @return the bytes
     */
    public InputStream openStream(@Nullable Boolean presign) {
        return openStream(null, presign);
    }

    /**
     * Opens a byte range of the object, e.g. {@code bytes=100-199} or {@code bytes=-10}.
     * @param range an HTTP byte range, or {@code null} for everything
     * @param presign whether to read through a presigned URL: {@code null} as the server's storage allows
     * @return the bytes
     */
    public InputStream openStream(@Nullable String range, @Nullable Boolean presign) {
        return download(range, presign).stream();
    }

    ObjectContent download(@Nullable String range, @Nullable Boolean presign) {
        if (this.support.presign(presign)) {
            String url = this.support.client().objects().presignedUrl(this.repositoryId, this.ref.effectiveRef(),
                    this.path);
            return this.support.client().staging().read(url, range);
        }
        return this.support.client().objects().download(this.repositoryId, this.ref.effectiveRef(), this.path, range);
    }

    /**
     * Opens the object as UTF-8 text, decoded as it streams (characters split across network chunks are
     * decoded correctly).
     * @return the text
     */
    public Reader openReader() {
        return new InputStreamReader(openStream(), StandardCharsets.UTF_8);
    }

    /**
     * Opens the object for random access: each read fetches from the current position, a seek costs nothing
     * until the next read, and reads at or past the end return -1 without a request.
     * @return a read-only channel
     */
    public SeekableByteChannel openChannel() {
        return new ObjectChannel(this);
    }

    /**
     * Reads the whole object into memory; for small objects only.
     * @return the bytes
     */
    public byte[] readAllBytes() {
        try (InputStream in = openStream()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Reading " + this + " failed", ex);
        }
    }

    /**
     * Reads the whole object as UTF-8 text; for small objects only.
     * @return the text
     */
    public String readString() {
        return new String(readAllBytes(), StandardCharsets.UTF_8);
    }

    /**
     * Copies the object to a branch of the same repository, with its content type and metadata.
     * @param destination the branch
     * @param destinationPath the path of the copy
     * @return a handle on the copy
     */
    public WritableObject copyTo(Branch destination, String destinationPath) {
        if (!destination.repositoryId().equals(this.repositoryId)) {
            throw new IllegalArgumentException("lakeFS copies objects within a repository: cannot copy " + this
                    + " to repository '" + destination.repositoryId() + "'");
        }
        LakeFSNames.requirePath(destinationPath);
        this.support.client().objects().copy(this.repositoryId, this.ref.effectiveRef(), this.path,
                destination.effectiveRef(), destinationPath);
        return destination.object(destinationPath);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return (other instanceof LakeFSObject object) && object.repositoryId.equals(this.repositoryId)
                && object.ref.id().equals(this.ref.id()) && object.path.equals(this.path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(this.repositoryId, this.ref.id(), this.path);
    }

    /** @return the object as a {@code lakefs://} URI */
    @Override
    public String toString() {
        return "lakefs://" + this.repositoryId + "/" + this.ref.id() + "/" + this.path;
    }

}
