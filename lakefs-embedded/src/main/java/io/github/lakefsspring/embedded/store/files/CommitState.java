package io.github.lakefsspring.embedded.store.files;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import io.github.lakefsspring.embedded.store.Commit;

/**
 * A commit as the store keeps it; {@code treeId} names the committed tree (lakeFS's meta-range). lakeFS reports
 * creation dates in seconds but orders its log by the full creation time, so the store keeps both.
 *
 * @param createdNanos the creation time in nanoseconds since the epoch (0 in data written before it was kept)
 */
record CommitState(String id, ArrayList<String> parents, String committer, String message, long creationDate,
        String treeId, TreeMap<String, String> metadata, long generation, long createdNanos) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    Commit toCommit() {
        return new Commit(this.id, this.parents, this.committer, this.message, this.creationDate, this.treeId,
                this.metadata, this.generation, 1);
    }

    /** @return the creation time the log is ordered by */
    long createdAt() {
        return (this.createdNanos != 0) ? this.createdNanos : this.creationDate * 1_000_000_000L;
    }

    List<String> parentList() {
        return this.parents;
    }

}
