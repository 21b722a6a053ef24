package io.github.lakefsspring.embedded.store.blockstore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The embedded server's object storage. Every storage URI maps to a file under the data directory,
 * so the seed's {@code s3://storage-bucket/...} examples and imports from emulated buckets work
 * with nothing installed.
 */
public interface Blockstore {

    /** @return which lakeFS blockstore this behaves as */
    BlockstoreType type();

    /**
     * Checks a storage namespace against this blockstore's rules (scheme, validity regex).
     *
     * @throws io.github.lakefsspring.embedded.store.StoreException a bad request naming the rule
     */
    void validateNamespace(String storageNamespace);

    /**
     * A fresh, unused address in the namespace's {@code data/} area, shaped as lakeFS shapes it
     * ({@code <namespace>/data/<partition>/<id>}).
     */
    String newAddress(String storageNamespace);

    /** Starts writing a new object at a fresh address in the namespace. */
    BlobWriter newBlob(String storageNamespace);

    /** Starts writing at a given address (a reserved or presigned one). */
    BlobWriter blobAt(String physicalAddress);

    /** The file holding the committed bytes at an address, for zero-copy reads. */
    Path file(String physicalAddress);

    boolean exists(String physicalAddress);

    /** Copies the bytes at one address to a fresh address in the namespace. */
    StoredBlob copy(String sourceAddress, String storageNamespace) throws IOException;

    /**
     * Whether the bucket (container) a storage URI names exists: an emulated bucket exists once anything was
     * written to it.
     */
    boolean bucketExists(String uri);

    /**
     * Lists the objects under a storage URI prefix in byte-lexicographic order, lazily: the stream must
     * be closed. Used by imports.
     */
    Stream<StoredBlob> list(String uriPrefix) throws IOException;

    /** Starts a multipart upload that completes at the given address; returns its upload id. */
    String createMultipartUpload(String physicalAddress);

    /** Starts writing one part; its {@link StoredBlob#checksum()} is the part's ETag. */
    BlobWriter uploadPart(String physicalAddress, String uploadId, int partNumber);

    /**
     * Concatenates the named parts, in the given order, into the object; its checksum is the MD5 of the
     * parts' MD5s followed by {@code -<part count>}, as S3 answers.
     */
    StoredBlob completeMultipartUpload(String physicalAddress, String uploadId, List<StoredBlob.Part> parts)
            throws IOException;

    void abortMultipartUpload(String physicalAddress, String uploadId);

    /**
     * The file an emulated bucket URI (e.g. {@code s3://bucket/path/obj}) maps to, so tests and the
     * sample application can place data to import.
     */
    Path locate(String storageUri);
}
