package io.github.lakefsspring.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.http.RequestBodies.MultipartAbort;
import io.github.lakefsspring.client.http.RequestBodies.MultipartCompletion;
import io.github.lakefsspring.client.http.RequestBodies.StagingAddress;
import io.github.lakefsspring.client.http.RequestBodies.StagingMetadata;
import io.github.lakefsspring.client.http.RequestBodies.UploadPartCopyFrom;
import io.github.lakefsspring.client.http.RequestBodies.UploadPartFrom;
import io.github.lakefsspring.client.http.RequestBodies.UploadedPart;
import io.github.lakefsspring.client.http.StagingExchange;
import io.github.lakefsspring.client.model.CopyPartSource;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.client.model.PresignedMultipartUpload;
import io.github.lakefsspring.client.model.StagingLocation;

/**
 * Writes and reads that bypass lakeFS's data path: reserve a physical address (optionally with a presigned
 * URL), put the bytes there, link the address as an object; and plain transfers to and from presigned URLs,
 * which never carry lakeFS's credentials.
 *
 * @since 0.1.0
 */
public final class StagingApi {

    private final StagingExchange exchange;

    private final ObjectTransfers transfers;

    StagingApi(StagingExchange exchange, ObjectTransfers transfers) {
        this.exchange = exchange;
        this.transfers = transfers;
    }

    /**
     * Reserves an address to write an object to.
     * @param presign whether to also get a presigned URL to PUT the bytes to
     * @return the reserved address
     */
    public StagingLocation reserve(String repository, String branch, String path, boolean presign) {
        return this.exchange.getPhysicalAddress(repository, branch, path, presign ? Boolean.TRUE : null);
    }

    /**
     * Links bytes written to a reserved address as the object at a path.
     * @param physicalAddress the address as {@link #reserve} returned it
     * @param checksum the bytes' checksum (the storage's ETag)
     * @param ifAbsent whether to fail with {@link ObjectExistsException} if the object exists
     * @return the object's stats
     */
    public ObjectStats link(String repository, String branch, String path, String physicalAddress, String checksum,
            long sizeBytes, @Nullable String contentType, Map<String, String> metadata, boolean ifAbsent) {
        return this.exchange.linkPhysicalAddress(repository, branch, path, ifAbsent ? "*" : null,
                new StagingMetadata(new StagingAddress(physicalAddress), checksum, sizeBytes, metadata, contentType));
    }

    /**
     * Starts a multipart upload straight to the object store (when the storage config says
     * {@code pre_sign_multipart_upload}).
     * @param parts how many part URLs to presign
     * @return the upload, with a URL per part
     */
    public PresignedMultipartUpload createMultipart(String repository, String branch, String path, int parts) {
        return this.exchange.createPresignMultipartUpload(repository, branch, path, parts);
    }

    /**
     * Completes a multipart upload and links the object.
     * @param etags the ETag of each part, part 1 first
     * @return the object's stats
     */
    public ObjectStats completeMultipart(String repository, String branch, String path, PresignedMultipartUpload upload,
            List<String> etags, @Nullable String contentType, Map<String, String> metadata) {
        List<UploadedPart> parts = new ArrayList<>();
        for (int i = 0; i < etags.size(); i++) {
            parts.add(new UploadedPart(i + 1, etags.get(i)));
        }
        return this.exchange.completePresignMultipartUpload(repository, branch, upload.uploadId(), path,
                new MultipartCompletion(upload.physicalAddress(), parts, metadata, contentType));
    }

    /** Aborts a multipart upload; its parts are discarded. */
    public void abortMultipart(String repository, String branch, String path, PresignedMultipartUpload upload) {
        this.exchange.abortPresignMultipartUpload(repository, branch, upload.uploadId(), path,
                new MultipartAbort(upload.physicalAddress()));
    }

    /**
     * Presigns the upload of one more part of a multipart upload.
     * @param partNumber the part, 1 to 10,000
     * @return the URL to PUT the part's bytes to ({@link #write})
     */
    public String presignPart(String repository, String branch, String path, PresignedMultipartUpload upload,
            int partNumber) {
        return this.exchange
            .uploadPart(repository, branch, upload.uploadId(), partNumber, path,
                    new UploadPartFrom(upload.physicalAddress()))
            .presignedUrl();
    }

    /**
     * Fills a part of a multipart upload with the bytes of an existing lakeFS object, server-side.
     * @param partNumber the part, 1 to 10,000
     * @param source the object (and optionally an HTTP byte range of it) to copy
     * @return the part's ETag, for {@link #completeMultipart}
     */
    public String copyPart(String repository, String branch, String path, PresignedMultipartUpload upload,
            int partNumber, CopyPartSource source) {
        String etag = this.exchange
            .uploadPartCopy(repository, branch, upload.uploadId(), partNumber, path,
                    new UploadPartCopyFrom(upload.physicalAddress(), source))
            .getHeaders()
            .getETag();
        if (etag == null) {
            throw new IllegalStateException("lakeFS answered uploadPartCopy of part " + partNumber + " of '" + path
                    + "' without the part's ETag");
        }
        return etag;
    }

    /**
     * Reads from a presigned URL without lakeFS's credentials.
     * @param range an HTTP range, or {@code null}
     * @return the bytes, streamed; close to release the connection
     */
    public ObjectContent read(String url, @Nullable String range) {
        return this.transfers.readPresigned(url, range);
    }

    /**
     * Writes to a presigned URL without lakeFS's credentials.
     * @return the storage's ETag, without quotes, or {@code null}
     */
    public @Nullable String write(String url, UploadBody body) {
        return this.transfers.writePresigned(url, body);
    }

}
