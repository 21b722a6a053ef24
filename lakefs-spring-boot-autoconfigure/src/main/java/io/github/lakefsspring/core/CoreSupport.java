package io.github.lakefsspring.core;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.model.StorageConfig;

/**
 * What every handle shares: the client, and the server's storage capabilities, read once and cached, which
 * decide whether objects move through presigned URLs.
 */
final class CoreSupport {

    private static final Log logger = LogFactory.getLog(CoreSupport.class);

    private final LakeFSClient client;

    private final long presignThreshold;

    private volatile @Nullable StorageConfig storage;

    /**
     * @param presignThreshold the smallest upload that goes through a presigned URL when the caller did not say
     */
    CoreSupport(LakeFSClient client, long presignThreshold) {
        this.client = client;
        this.presignThreshold = presignThreshold;
    }

    LakeFSClient client() {
        return this.client;
    }

    /**
     * Whether to move an object's bytes through a presigned URL: as asked, or as the server supports when not
     * asked; asking for it on a server without support falls back to lakeFS's data path.
     */
    boolean presign(@Nullable Boolean requested) {
        if (Boolean.FALSE.equals(requested)) {
            return false;
        }
        boolean supported = storage().preSignSupport();
        if (Boolean.TRUE.equals(requested) && !supported) {
            if (logger.isDebugEnabled()) {
                logger.debug("Presigned transfer asked for, but the lakeFS storage does not support it; "
                        + "streaming through lakeFS instead");
            }
        }
        return supported;
    }

    /**
     * Whether to upload through a presigned URL: as asked, or, when not asked, when the server supports it and the
     * object is at least the presign threshold (a smaller one costs more in the two extra round trips than it saves).
     * @param size the object's size, or -1 when unknown (then as the server supports)
     */
    boolean presignUpload(@Nullable Boolean requested, long size) {
        if (requested == null && size >= 0 && size < this.presignThreshold) {
            return false;
        }
        return presign(requested);
    }

    /** Whether large presigned writes can be split into a multipart upload on this server's storage. */
    boolean presignMultipart() {
        return storage().preSignMultipartUpload();
    }

    private StorageConfig storage() {
        StorageConfig config = this.storage;
        if (config == null) {
            StorageConfig fetched = this.client.server().config().storageConfig();
            config = (fetched != null) ? fetched : new StorageConfig("", null, false, false, false, null);
            this.storage = config;
        }
        return config;
    }

}
