package io.github.lakefsspring.embedded.server.auth;

/**
 * A user the server is started with, and the access key pair it authenticates with. At every start the server
 * makes sure the user exists and holds this pair; a user it creates this way joins the {@code Admins} group.
 *
 * @param username the user id
 * @param credentials the access key pair
 */
public record ConfiguredUser(String username, Credentials credentials) {
}
