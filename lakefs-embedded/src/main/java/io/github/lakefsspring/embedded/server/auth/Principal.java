package io.github.lakefsspring.embedded.server.auth;

/**
 * The user a request acts as.
 *
 * @param username the user id lakeFS reports, and records as committer
 * @param creationDate when the user was created, Unix seconds
 * @param grants what the user may do
 */
public record Principal(String username, long creationDate, Grants grants) {
}
