package io.github.lakefsspring.core;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.ObjectStats;

/**
 * The default {@link BranchOperations}, bound to one repository and branch. Thread-safe.
 *
 * @since 0.1.0
 */
public class BranchTemplate implements BranchOperations {

    private final RepositoryOperations repositories;

    private final @Nullable String repository;

    private final String branch;

    /**
     * @param repositories the repositories
     * @param repository the repository, or {@code null} when none is configured (every call then fails, naming
     * the property to set)
     * @param branch the branch
     */
    public BranchTemplate(RepositoryOperations repositories, @Nullable String repository, String branch) {
        this.repositories = repositories;
        this.repository = (repository != null) ? LakeFSNames.requireRepositoryId(repository) : null;
        this.branch = LakeFSNames.requireBranchId(branch);
    }

    @Override
    public Branch branch() {
        if (this.repository == null) {
            throw new IllegalStateException("BranchTemplate has no repository: set lakefs.default-repository");
        }
        return this.repositories.repository(this.repository).branch(this.branch);
    }

    @Override
    public WritableObject object(String path) {
        return branch().object(path);
    }

    @Override
    public WritableObject upload(String path, String text) {
        return object(path).upload(text);
    }

    @Override
    public WritableObject upload(String path, byte[] bytes) {
        return object(path).upload(bytes, WriteOptions.defaults());
    }

    @Override
    public WritableObject upload(String path, InputStream content, WriteOptions options) {
        return object(path).upload(content, options);
    }

    @Override
    public String readString(String path) {
        return object(path).readString();
    }

    @Override
    public void delete(String path) {
        object(path).delete();
    }

    @Override
    public Stream<ObjectStats> objects(ObjectListOptions options) {
        return branch().objects(options);
    }

    @Override
    public Stream<Change> uncommitted() {
        return branch().uncommitted();
    }

    @Override
    public Reference commit(String message, Map<String, String> metadata) {
        return branch().commit(message, metadata);
    }

    @Override
    public TransactionResult transact(TransactionOptions options, Consumer<Branch> work) {
        return branch().transact(options, work);
    }

    @Override
    public String toString() {
        return "BranchTemplate[" + this.repository + "/" + this.branch + "]";
    }

}
