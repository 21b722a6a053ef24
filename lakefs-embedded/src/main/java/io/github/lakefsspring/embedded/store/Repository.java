package io.github.lakefsspring.embedded.store;

/**
 * A repository as lakeFS reports it.
 *
 * @param id the repository id
 * @param creationDate creation time, Unix seconds
 * @param defaultBranch the protected-from-deletion default branch
 * @param storageNamespace where the repository's data lives, e.g. {@code s3://bucket/repos/r}
 * @param readOnly whether mutating calls without {@code force} are refused
 */
public record Repository(String id, long creationDate, String defaultBranch, String storageNamespace,
        boolean readOnly) {
}
