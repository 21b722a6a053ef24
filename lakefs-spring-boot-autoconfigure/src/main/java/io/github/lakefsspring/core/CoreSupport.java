package io.github.lakefsspring.core;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.StorageConfig;

/**
 * What every handle shares: the client, the threads that run its calls in the background, and the server's storage
 * capabilities, read once and cached, which decide whether objects move through presigned URLs.
 */
final class CoreSupport {

    private static final Log logger = LogFactory.getLog(CoreSupport.class);

    private final LakeFSClient client;

    private final long presignThreshold;

    private final BackgroundCalls background;

    private final List<LakeFSMergeValidator> mergeValidators;

    private volatile @Nullable StorageConfig storage;

    /**
     * @param presignThreshold the smallest upload that goes through a presigned URL when the caller did not say
     * @param mergeValidators the merge gates of every transaction
     */
    CoreSupport(LakeFSClient client, long presignThreshold, List<LakeFSMergeValidator> mergeValidators) {
        this.client = client;
        this.presignThreshold = presignThreshold;
        this.mergeValidators = List.copyOf(mergeValidators);
        this.background = new BackgroundCalls(client.observationRegistry());
    }

    LakeFSClient client() {
        return this.client;
    }

    BackgroundCalls background() {
        return this.background;
    }

    List<LakeFSMergeValidator> mergeValidators() {
        return this.mergeValidators;
    }

    /**
     * A paged listing as a lazy stream that fetches one page ahead.
     * @param fetch fetches the page after a given offset ({@code null} for the first page)
     * @param after where to start, or {@code null}
     * @param maxAmount the most elements, or {@code null} for all
     */
    <T> Stream<T> paged(Function<@Nullable String, Page<T>> fetch, @Nullable String after,
            @Nullable Integer maxAmount) {
        return PagedStreams.stream(this.background, fetch, after, maxAmount);
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
