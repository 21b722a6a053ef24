package io.github.lakefsspring.embedded.store.files;

import java.io.Serial;
import java.io.Serializable;

/**
 * A branch as one value: its head commit and the staging area holding its uncommitted changes, so that a commit
 * switches both with a single write.
 */
record BranchState(String headCommitId, String stagingToken, boolean hidden) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

}
