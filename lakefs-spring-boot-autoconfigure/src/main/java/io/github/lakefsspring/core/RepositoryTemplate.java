package io.github.lakefsspring.core;

import java.util.List;
import java.util.stream.Stream;

import io.github.lakefsspring.client.LakeFSClient;

import org.springframework.util.unit.DataSize;

/**
 * The default {@link RepositoryOperations}: hands out repository handles over one {@link LakeFSClient}.
 * Thread-safe.
 *
 * <pre>{@code
 * Repository repo = repositories.repository("example-repo")
 *         .create("s3://storage-bucket/repos/example-repo", CreateRepositoryOptions.existOk());
 * Branch experiment = repo.branch("experiment1").create("main");
 * }</pre>
 *
 * @since 0.1.0
 */
public class RepositoryTemplate implements RepositoryOperations {

    /** The default {@link #RepositoryTemplate(LakeFSClient, DataSize) presign threshold}: 8 MiB (see BENCHMARKS.md). */
    public static final DataSize DEFAULT_PRESIGN_THRESHOLD = DataSize.ofMegabytes(8);

    private final CoreSupport support;

    /**
     * Handles on a client, with the {@linkplain #DEFAULT_PRESIGN_THRESHOLD default presign threshold}.
     * @param client the client
     */
    public RepositoryTemplate(LakeFSClient client) {
        this(client, DEFAULT_PRESIGN_THRESHOLD);
    }

    /**
     * Handles on a client.
     * @param client the client
     * @param presignThreshold the smallest object an upload sends through a presigned URL when its options leave
     * the choice open and the server's storage supports it; smaller ones take lakeFS's direct path (one request
     * instead of three)
     */
    public RepositoryTemplate(LakeFSClient client, DataSize presignThreshold) {
        this(client, presignThreshold, List.of());
    }

    /**
     * Handles on a client whose transactions pass merge gates.
     * @param client the client
     * @param presignThreshold the smallest object an upload sends through a presigned URL when its options leave
     * the choice open and the server's storage supports it
     * @param mergeValidators the gates every transaction's changes pass, in order, before they are merged
     */
    public RepositoryTemplate(LakeFSClient client, DataSize presignThreshold,
            List<LakeFSMergeValidator> mergeValidators) {
        if (presignThreshold.isNegative()) {
            throw new IllegalArgumentException("presign threshold " + presignThreshold + " is invalid: it must not be "
                    + "negative");
        }
        this.support = new CoreSupport(client, presignThreshold.toBytes(), mergeValidators);
    }

    @Override
    public Repository repository(String id) {
        return new Repository(this.support, id);
    }

    @Override
    public Stream<Repository> repositories() {
        return repositories(ListOptions.all());
    }

    @Override
    public Stream<Repository> repositories(ListOptions options) {
        return this.support.paged((after) -> this.support.client().repositories().list(options.prefix(), after,
                options.pageSize()), options.after(), options.maxAmount())
            .map((properties) -> new Repository(this.support, properties));
    }

    @Override
    public LakeFSClient client() {
        return this.support.client();
    }

}
