package io.github.lakefsspring.embedded.store;

/**
 * A branch: a movable pointer to a commit, with a staging area on top.
 *
 * @param id the branch name
 * @param commitId the head commit
 * @param hidden whether the branch is left out of listings unless hidden branches are asked for
 */
public record Branch(String id, String commitId, boolean hidden) {
}
