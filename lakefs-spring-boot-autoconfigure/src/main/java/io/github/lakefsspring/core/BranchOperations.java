package io.github.lakefsspring.core;

import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.github.lakefsspring.client.model.Change;
import io.github.lakefsspring.client.model.ObjectStats;

/**
 * The common case in one bean: the operations of one branch of one repository, by default
 * {@code lakefs.default-repository} and {@code lakefs.default-branch}. Inside a {@code @LakeFSTransactional}
 * method they go to the transaction's branch. Implemented by {@link BranchTemplate}.
 *
 * @since 0.1.0
 */
public interface BranchOperations {

    /** @return a handle on the branch */
    Branch branch();

    /**
     * @param path the object's path
     * @return a handle on an object of the branch
     */
    WritableObject object(String path);

    /**
     * Uploads text as UTF-8.
     * @param path the object's path
     * @param text the text
     * @return a handle on the object
     */
    WritableObject upload(String path, String text);

    /**
     * Uploads bytes.
     * @param path the object's path
     * @param bytes the bytes
     * @return a handle on the object
     */
    WritableObject upload(String path, byte[] bytes);

    /**
     * Uploads a stream, read as it is sent.
     * @param path the object's path
     * @param content the bytes
     * @param options content type, metadata, mode, presign
     * @return a handle on the object
     */
    WritableObject upload(String path, InputStream content, WriteOptions options);

    /**
     * Reads an object as UTF-8 text; for small objects.
     * @param path the object's path
     * @return the text
     */
    String readString(String path);

    /**
     * Deletes an object.
     * @param path the object's path
     */
    void delete(String path);

    /**
     * @param options prefix, delimiter, after, max amount
     * @return the branch's objects, lazily paged
     */
    Stream<ObjectStats> objects(ObjectListOptions options);

    /** @return the branch's uncommitted changes, lazily paged */
    Stream<Change> uncommitted();

    /**
     * Commits the branch's uncommitted changes.
     * @param message the commit message
     * @param metadata the commit metadata
     * @return a handle on the commit
     */
    Reference commit(String message, Map<String, String> metadata);

    /**
     * Runs changes as a transaction on the branch.
     * @param options commit message, metadata, tag
     * @param work the changes
     * @return what happened
     */
    TransactionResult transact(TransactionOptions options, Consumer<Branch> work);

}
