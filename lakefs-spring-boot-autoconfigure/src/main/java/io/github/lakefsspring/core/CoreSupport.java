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

    private volatile @Nullable StorageConfig storage;

    CoreSupport(LakeFSClient client) {
        this.client = client;
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
