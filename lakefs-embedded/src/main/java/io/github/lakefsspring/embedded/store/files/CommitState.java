package io.github.lakefsspring.embedded.store.files;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.store.Commit;

/**
 * A commit as the store keeps it; {@code treeId} names the committed tree (lakeFS's meta-range).
 */
record CommitState(String id, ArrayList<String> parents, String committer, String message, long creationDate,
        String treeId, TreeMap<String, String> metadata, long generation) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Commit toCommit() {
        return new Commit(this.id, this.parents, this.committer, this.message, this.creationDate, this.treeId,
                this.metadata, this.generation, 1);
    }

    List<String> parentList() {
        return this.parents;
    }

}
