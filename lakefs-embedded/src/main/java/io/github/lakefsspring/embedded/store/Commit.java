package io.github.lakefsspring.embedded.store;

import java.util.List;
import java.util.Map;

/**
 * An immutable commit.
 *
 * @param id 64 lowercase hex characters
 * @param parents parent commit ids, empty for a repository's root commit; a merge commit lists the
 *        destination head first
 * @param committer the committing user's name ({@code ""} for the root commit)
 * @param message the commit message, possibly empty
 * @param creationDate Unix seconds
 * @param metaRangeId the committed tree, {@code ""} for an empty tree
 * @param metadata user metadata, never null
 * @param generation 1 for the root commit, else one more than the highest parent generation
 * @param version the commit format version, always 1
 */
public record Commit(String id, List<String> parents, String committer, String message, long creationDate,
        String metaRangeId, Map<String, String> metadata, long generation, int version) {

    public Commit {
        parents = List.copyOf(parents);
        metadata = Map.copyOf(metadata);
    }
}
