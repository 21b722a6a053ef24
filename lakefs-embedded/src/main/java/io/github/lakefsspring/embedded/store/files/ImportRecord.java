package io.github.lakefsspring.embedded.store.files;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.embedded.store.ImportSource;

/**
 * An import as the store keeps it, so that an import survives a restart: what to import and how to commit it,
 * and how far it got. An import neither completed nor failed when the server stops is run again when it
 * starts.
 *
 * @param repository the repository
 * @param branch the branch to commit on
 * @param sources what to import
 * @param committer the user the import commit is recorded for
 * @param message the import commit's message
 * @param metadata the import commit's metadata
 * @param completed whether the import committed
 * @param error why it failed ({@code Canceled} after a cancel), or null
 * @param commitId the import commit, once completed
 * @param ingested objects ingested (final once completed)
 * @param updateTime last change, RFC 3339
 */
record ImportRecord(String repository, String branch, ArrayList<ImportSource> sources, String committer,
        String message, TreeMap<String, String> metadata, boolean completed, @Nullable String error,
        @Nullable String commitId, long ingested, String updateTime) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    boolean finished() {
        return this.completed || this.error != null;
    }

    ImportRecord succeeded(String commitId, long ingested, String updateTime) {
        return new ImportRecord(this.repository, this.branch, this.sources, this.committer, this.message,
                this.metadata, true, null, commitId, ingested, updateTime);
    }

    ImportRecord failed(String error, long ingested, String updateTime) {
        return new ImportRecord(this.repository, this.branch, this.sources, this.committer, this.message,
                this.metadata, false, error, null, ingested, updateTime);
    }

}
