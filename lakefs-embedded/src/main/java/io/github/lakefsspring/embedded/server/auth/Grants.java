package io.github.lakefsspring.embedded.server.auth;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a user may do: the union of the ACL permissions of the groups the user belongs to, matched as lakeFS
 * matches policy actions ({@code fs:Read*} allows {@code fs:ReadObject}). A user in no group may do nothing
 * beyond authenticating.
 */
public final class Grants {

    /** No permission at all. */
    public static final Grants NONE = new Grants(EnumSet.noneOf(AclPermission.class));

    private final Set<AclPermission> permissions;

    private Grants(Set<AclPermission> permissions) {
        this.permissions = permissions;
    }

    /** @return the grants of a user with these ACL permissions */
    public static Grants of(Collection<AclPermission> permissions) {
        return permissions.isEmpty() ? NONE : new Grants(EnumSet.copyOf(permissions));
    }

    /**
     * @param action a lakeFS action, e.g. {@code fs:WriteObject}
     * @param username the acting user
     * @param targetUser the user the operation acts on (for access key operations), or null
     * @return whether the action is allowed
     */
    public boolean allows(String action, String username, @Nullable String targetUser) {
        for (AclPermission permission : this.permissions) {
            if (matchesAny(permission.actions(), action)) {
                return true;
            }
            if (permission != AclPermission.ADMIN && username.equals(targetUser)
                    && matchesAny(AclPermission.OWN_CREDENTIALS, action)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(Iterable<String> patterns, String action) {
        for (String pattern : patterns) {
            boolean matches = pattern.endsWith("*") ? action.startsWith(pattern.substring(0, pattern.length() - 1))
                    : action.equals(pattern);
            if (matches) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "Grants" + this.permissions;
    }

}
