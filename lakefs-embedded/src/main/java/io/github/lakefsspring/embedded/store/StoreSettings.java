package io.github.lakefsspring.embedded.store;

import java.nio.file.Path;

import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;

/**
 * How to open a {@link VersionedStore}.
 *
 * @param dataDirectory where metadata and object data live; created if missing, reused if present
 * @param blockstoreType which lakeFS blockstore to behave as
 * @param committer the user name recorded as committer of new commits (the embedded server has one user)
 */
public record StoreSettings(Path dataDirectory, BlockstoreType blockstoreType, String committer) {
}
