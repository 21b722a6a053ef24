package io.github.lakefsspring.embedded.server.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The users a server knows and the access key pairs they authenticate with. Every user has the same rights, as
 * lakeFS's open-source edition without RBAC gives them.
 */
public final class Users {

    private final List<User> users;

    public Users(List<User> users) {
        List<String> names = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (User user : users) {
            if (names.contains(user.principal().username())) {
                throw new IllegalArgumentException("User " + user.principal().username() + " is configured twice");
            }
            if (keys.contains(user.credentials().accessKeyId())) {
                throw new IllegalArgumentException("Access key id " + user.credentials().accessKeyId()
                        + " is configured for two users");
            }
            names.add(user.principal().username());
            keys.add(user.credentials().accessKeyId());
        }
        this.users = List.copyOf(users);
    }

    /** @return the user whose pair this is (the secret compared in constant time) */
    public Optional<Principal> authenticate(String accessKeyId, String secretAccessKey) {
        Principal found = null;
        for (User user : this.users) {
            if (user.credentials().matches(accessKeyId, secretAccessKey)) {
                found = user.principal();
            }
        }
        return Optional.ofNullable(found);
    }

    /** @return the secret access key paired with an access key id, for verifying SigV4 signatures */
    public Optional<String> secretOf(String accessKeyId) {
        return this.users.stream()
            .map(User::credentials)
            .filter((credentials) -> credentials.accessKeyId().equals(accessKeyId))
            .map(Credentials::secretAccessKey)
            .findFirst();
    }

    /** @return every user with their pair, by user name */
    public List<User> all() {
        return this.users.stream()
            .sorted((left, right) -> left.principal().username().compareTo(right.principal().username()))
            .toList();
    }

    /** @return the user of that name */
    public Optional<Principal> named(String username) {
        return user(username).map(User::principal);
    }

    /** @return the user of that name, with the pair they authenticate with */
    public Optional<User> user(String username) {
        return this.users.stream().filter((user) -> user.principal().username().equals(username)).findFirst();
    }

    /**
     * A user and the pair they authenticate with.
     *
     * @param principal the user
     * @param credentials the access key pair
     */
    public record User(Principal principal, Credentials credentials) {
    }

}
