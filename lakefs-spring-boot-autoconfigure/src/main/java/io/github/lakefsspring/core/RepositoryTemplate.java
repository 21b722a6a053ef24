package io.github.lakefsspring.core;

import java.util.stream.Stream;

import io.github.lakefsspring.client.LakeFSClient;

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

    private final CoreSupport support;

    public RepositoryTemplate(LakeFSClient client) {
        this.support = new CoreSupport(client);
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
        return PagedStreams.stream((after) -> this.support.client().repositories().list(options.prefix(), after,
                options.pageSize()), options.after(), options.maxAmount())
            .map((properties) -> new Repository(this.support, properties));
    }

    @Override
    public LakeFSClient client() {
        return this.support.client();
    }

}
