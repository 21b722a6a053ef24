package io.github.lakefsspring.embedded.store;

/**
 * A tag: an immutable name for a commit.
 *
 * @param id the tag name
 * @param commitId the tagged commit
 */
public record Tag(String id, String commitId) {
}
