package io.github.lakefsspring.embedded.store;

import java.nio.file.Path;
import java.util.Objects;

import io.github.lakefsspring.embedded.store.blockstore.BlockstoreType;

/**
 * How to open a {@link VersionedStore}.
 *
 * @param dataDirectory where metadata and object data live; created if missing, reused if present
 * @param blockstoreType which lakeFS blockstore to behave as
 * @param durability how far acknowledged writes survive
 */
public record StoreSettings(Path dataDirectory, BlockstoreType blockstoreType, Durability durability) {

    public StoreSettings {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(blockstoreType, "blockstoreType");
        Objects.requireNonNull(durability, "durability");
    }
}
