package io.github.lakefsspring.embedded.store.files;

import java.io.Serial;
import java.io.Serializable;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.store.Repository;

/**
 * A repository's settings and metadata as the store keeps them.
 */
record RepositoryState(String id, long creationDate, String defaultBranch, String storageNamespace, boolean readOnly,
        TreeMap<String, String> metadata) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Repository toRepository() {
        return new Repository(this.id, this.creationDate, this.defaultBranch, this.storageNamespace, this.readOnly);
    }

    RepositoryState withMetadata(TreeMap<String, String> metadata) {
        return new RepositoryState(this.id, this.creationDate, this.defaultBranch, this.storageNamespace, this.readOnly,
                metadata);
    }

}
