package io.github.lakefsspring.embedded.store;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The users, access keys and groups a server authenticates and authorizes requests with, as the store keeps
 * them: one value, replaced whole by every change. Secrets are kept sealed; only the server can open them.
 *
 * @param setupTime when the server first set up its directory, Unix seconds (the base groups' creation date)
 * @param users users by name
 * @param accessKeys access keys by access key id
 * @param groups groups by name
 */
public record Identities(long setupTime, Map<String, User> users, Map<String, AccessKey> accessKeys,
        Map<String, Group> groups) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public Identities {
        users = Collections.unmodifiableSortedMap(new TreeMap<>(users));
        accessKeys = Collections.unmodifiableSortedMap(new TreeMap<>(accessKeys));
        groups = Collections.unmodifiableSortedMap(new TreeMap<>(groups));
    }

    /**
     * A user.
     *
     * @param name the user id
     * @param creationDate when it was created, Unix seconds
     */
    public record User(String name, long creationDate) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;
    }

    /**
     * An access key pair of a user.
     *
     * @param accessKeyId the public half
     * @param user the user it authenticates
     * @param sealedSecret the secret half, sealed
     * @param creationDate when it was issued, Unix seconds
     * @param configured whether the server's configuration holds it (it is then put back at every start)
     */
    public record AccessKey(String accessKeyId, String user, byte[] sealedSecret, long creationDate,
            boolean configured) implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String toString() {
            return "AccessKey[accessKeyId=" + this.accessKeyId + ", user=" + this.user + "]";
        }
    }

    /**
     * A group: its members and the access control list lakeFS's simplified authorization gives them.
     *
     * @param name the group id
     * @param description what it is for, or empty
     * @param creationDate when it was created, Unix seconds
     * @param acl the ACL permission ({@code Read}, {@code Write}, {@code Super}, {@code Admin}), or empty for none
     * @param members the member users' names, sorted
     */
    public record Group(String name, String description, long creationDate, String acl, List<String> members)
            implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        public Group {
            members = List.copyOf(members);
        }
    }

}
