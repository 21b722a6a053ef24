package io.github.lakefsspring.embedded.store;

/**
 * The three commits a merge works from.
 *
 * @param sourceCommitId the source ref's commit
 * @param destinationCommitId the destination branch's head
 * @param baseCommitId their merge base
 */
public record MergeBase(String sourceCommitId, String destinationCommitId, String baseCommitId) {
}
