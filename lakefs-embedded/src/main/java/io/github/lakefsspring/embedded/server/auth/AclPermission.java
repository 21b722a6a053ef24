package io.github.lakefsspring.embedded.server.auth;

import java.util.List;
import java.util.Optional;

/**
 * The four permissions of lakeFS's simplified access control lists (its ACL authorization server), each with the
 * actions lakeFS's policy templates give it: {@code Read} reads every repository, {@code Write} also writes
 * objects, branches, tags and commits, {@code Super} does everything to repositories, {@code Admin} everything.
 * All but {@code Admin} may also manage the user's own access keys.
 */
public enum AclPermission {

    /** {@code FSRead}, {@code FSReadConfig} and the user's own credentials. */
    READ("Read", List.of("fs:List*", "fs:Read*", "fs:ReadConfig")),

    /** {@code FSReadWrite}, {@code RepoManagementRead} and the user's own credentials. */
    WRITE("Write", List.of("fs:Read*", "fs:List*", "fs:WriteObject", "fs:DeleteObject", "fs:RevertBranch",
            "fs:CreateBranch", "fs:CreateTag", "fs:DeleteBranch", "fs:DeleteTag", "fs:CreateCommit", "ci:Read*",
            "retention:Get*", "branches:Get*", "pr:Read*", "pr:List*")),

    /** {@code FSFullAccess}, {@code RepoManagementRead} and the user's own credentials. */
    SUPER("Super", List.of("fs:*", "ci:Read*", "retention:Get*", "branches:Get*", "pr:Read*", "pr:List*")),

    /** {@code AllAccess}. */
    ADMIN("Admin", List.of("fs:*", "auth:*", "ci:*", "retention:*", "branches:*", "pr:*"));

    /** What every permission but {@code Admin} may do to the user's own access keys. */
    static final List<String> OWN_CREDENTIALS = List.of("auth:CreateCredentials", "auth:DeleteCredentials",
            "auth:ListCredentials", "auth:ReadCredentials");

    private final String wireName;

    private final List<String> actions;

    AclPermission(String wireName, List<String> actions) {
        this.wireName = wireName;
        this.actions = actions;
    }

    /** @return the name lakeFS's API uses, e.g. {@code Write} */
    public String wireName() {
        return this.wireName;
    }

    /** @return the action patterns allowed on every resource */
    List<String> actions() {
        return this.actions;
    }

    /** @return the permission of that API name, exact case */
    public static Optional<AclPermission> of(String wireName) {
        for (AclPermission permission : values()) {
            if (permission.wireName.equals(wireName)) {
                return Optional.of(permission);
            }
        }
        return Optional.empty();
    }

}
