package io.github.lakefsspring.embedded.server.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.github.lakefsspring.embedded.server.http.ApiException;
import io.github.lakefsspring.embedded.store.Identities;
import io.github.lakefsspring.embedded.store.Identities.AccessKey;
import io.github.lakefsspring.embedded.store.Identities.Group;
import io.github.lakefsspring.embedded.store.Identities.User;
import io.github.lakefsspring.embedded.store.VersionedStore;

/**
 * The server's users, their access keys and groups, as lakeFS keeps them when it runs with its ACL authorization
 * server: kept in the store across restarts, changed through the auth API, every change saved before it is
 * acknowledged. Answers lakeFS's own errors (status and message) for names that exist or do not.
 */
public final class UserDirectory {

    private static final Logger logger = LoggerFactory.getLogger(UserDirectory.class);

    /** The groups lakeFS's ACL server creates when it is set up, with their permissions. */
    private static final Map<String, AclPermission> BASE_GROUPS = baseGroups();

    private final VersionedStore store;

    private final SecretSeal seal;

    private final Clock clock;

    private final SecureRandom random = new SecureRandom();

    private final Object writeLock = new Object();

    private volatile Snapshot snapshot;

    private UserDirectory(VersionedStore store, SecretSeal seal, Clock clock, Identities identities) {
        this.store = store;
        this.seal = seal;
        this.clock = clock;
        this.snapshot = Snapshot.of(identities, seal);
    }

    /**
     * Opens the directory the store holds (setting up lakeFS's base groups the first time) and makes sure every
     * configured user exists with its configured access key; keys configured at an earlier start and no longer
     * configured are removed.
     */
    public static UserDirectory open(VersionedStore store, SecretSeal seal, Clock clock,
            List<ConfiguredUser> configured) {
        Identities identities = store.identities().orElseGet(() -> setUp(clock.instant().getEpochSecond()));
        UserDirectory directory = new UserDirectory(store, seal, clock, identities);
        directory.change((current) -> directory.withConfigured(current, configured));
        Snapshot opened = directory.snapshot;
        int unreadable = opened.identities().accessKeys().size() - opened.secrets().size();
        if (unreadable > 0) {
            logger.warn("{} stored access keys were sealed with another server secret and cannot authenticate",
                    unreadable);
        }
        return directory;
    }

    private static Identities setUp(long now) {
        Map<String, Group> groups = new LinkedHashMap<>();
        BASE_GROUPS.forEach((name, permission) -> groups.put(name,
                new Group(name, "", now, permission.wireName(), List.of())));
        return new Identities(now, Map.of(), Map.of(), groups);
    }

    private Identities withConfigured(Identities current, List<ConfiguredUser> configured) {
        long now = now();
        Map<String, User> users = new HashMap<>(current.users());
        Map<String, AccessKey> keys = new HashMap<>(current.accessKeys());
        Map<String, Group> groups = new HashMap<>(current.groups());
        keys.values().removeIf(AccessKey::configured);
        for (ConfiguredUser user : configured) {
            if (!users.containsKey(user.username())) {
                users.put(user.username(), new User(user.username(), now));
                Group admins = groups.get("Admins");
                if (admins != null) {
                    groups.put(admins.name(), withMember(admins, user.username()));
                }
            }
            Credentials credentials = user.credentials();
            keys.put(credentials.accessKeyId(), new AccessKey(credentials.accessKeyId(), user.username(),
                    this.seal.seal(credentials.secretAccessKey()), now, true));
        }
        return new Identities(current.setupTime(), users, keys, groups);
    }

    /** @return the user a key pair authenticates, the secret compared in constant time */
    public Optional<Principal> authenticate(String accessKeyId, String secretAccessKey) {
        Snapshot current = this.snapshot;
        String secret = current.secrets().get(accessKeyId);
        if (secret == null || !new Credentials(accessKeyId, secret).matches(accessKeyId, secretAccessKey)) {
            return Optional.empty();
        }
        String username = current.identities().accessKeys().get(accessKeyId).user();
        return Optional.ofNullable(current.principals().get(username));
    }

    /** @return the secret of an access key, for verifying SigV4 signatures */
    public Optional<String> secretOf(String accessKeyId) {
        return Optional.ofNullable(this.snapshot.secrets().get(accessKeyId));
    }

    /** @return whether the user of an access key may perform a lakeFS action on any repository */
    public boolean permits(String accessKeyId, String action) {
        Snapshot current = this.snapshot;
        AccessKey key = current.identities().accessKeys().get(accessKeyId);
        Principal user = (key != null) ? current.principals().get(key.user()) : null;
        return user != null && user.grants().allows(action, user.username(), null);
    }

    /** @return the user of that name, with what the user may do */
    public Optional<Principal> principal(String username) {
        return Optional.ofNullable(this.snapshot.principals().get(username));
    }

    /** @return every user, by name */
    public List<User> users() {
        return List.copyOf(this.snapshot.identities().users().values());
    }

    /** @return the user of that name */
    public User user(String username) {
        User user = this.snapshot.identities().users().get(username);
        if (user == null) {
            throw new ApiException(404, "user not found");
        }
        return user;
    }

    /** Creates a user without keys or groups. */
    public User createUser(String username) {
        User user = new User(username, now());
        change((current) -> {
            if (current.users().containsKey(username)) {
                throw new ApiException(409, "Already exists");
            }
            Map<String, User> users = new HashMap<>(current.users());
            users.put(username, user);
            return new Identities(current.setupTime(), users, current.accessKeys(), current.groups());
        });
        return user;
    }

    /** Deletes a user with its access keys and memberships. */
    public void deleteUser(String username) {
        change((current) -> {
            if (!current.users().containsKey(username)) {
                throw new ApiException(404, "user not found");
            }
            Map<String, User> users = new HashMap<>(current.users());
            users.remove(username);
            Map<String, AccessKey> keys = new HashMap<>(current.accessKeys());
            keys.values().removeIf((key) -> key.user().equals(username));
            Map<String, Group> groups = new HashMap<>();
            current.groups().forEach((name, group) -> groups.put(name, withoutMember(group, username)));
            return new Identities(current.setupTime(), users, keys, groups);
        });
    }

    /** @return the user's access keys, by id (none for a user that does not exist, as lakeFS answers) */
    public List<AccessKey> accessKeys(String username) {
        return this.snapshot.identities().accessKeys().values().stream()
            .filter((key) -> key.user().equals(username))
            .toList();
    }

    /** @return one access key of a user */
    public AccessKey accessKey(String username, String accessKeyId) {
        AccessKey key = this.snapshot.identities().accessKeys().get(accessKeyId);
        if (key == null || !key.user().equals(username)) {
            throw new ApiException(404, "credentials not found");
        }
        return key;
    }

    /** @return a new access key pair for the user, the only time its secret is told */
    public NewAccessKey createAccessKey(String username) {
        String accessKeyId = "AKIAJ" + randomBase32(15);
        String secret = randomSecret();
        AccessKey key = new AccessKey(accessKeyId, username, this.seal.seal(secret), now(), false);
        change((current) -> {
            if (!current.users().containsKey(username)) {
                throw new ApiException(404, "not found");
            }
            Map<String, AccessKey> keys = new HashMap<>(current.accessKeys());
            keys.put(accessKeyId, key);
            return new Identities(current.setupTime(), current.users(), keys, current.groups());
        });
        return new NewAccessKey(key, secret);
    }

    /** Deletes an access key of a user. */
    public void deleteAccessKey(String username, String accessKeyId) {
        change((current) -> {
            AccessKey key = current.accessKeys().get(accessKeyId);
            if (key == null || !key.user().equals(username)) {
                throw new ApiException(404, "credentials not found");
            }
            Map<String, AccessKey> keys = new HashMap<>(current.accessKeys());
            keys.remove(accessKeyId);
            return new Identities(current.setupTime(), current.users(), keys, current.groups());
        });
    }

    /** @return every group, by name */
    public List<Group> groups() {
        return List.copyOf(this.snapshot.identities().groups().values());
    }

    /** @return the group of that name */
    public Group group(String name) {
        return findGroup(name).orElseThrow(() -> new ApiException(404, "group not found"));
    }

    /** @return the group of that name, if it exists */
    public Optional<Group> findGroup(String name) {
        return Optional.ofNullable(this.snapshot.identities().groups().get(name));
    }

    /** Creates a group without members or ACL. */
    public Group createGroup(String name, String description) {
        Group group = new Group(name, description, now(), "", List.of());
        change((current) -> {
            if (current.groups().containsKey(name)) {
                throw new ApiException(409, "Already exists");
            }
            return withGroup(current, group);
        });
        return group;
    }

    /** Deletes a group; its members stay. */
    public void deleteGroup(String name) {
        change((current) -> {
            if (!current.groups().containsKey(name)) {
                throw new ApiException(404, "group not found");
            }
            Map<String, Group> groups = new HashMap<>(current.groups());
            groups.remove(name);
            return new Identities(current.setupTime(), current.users(), current.accessKeys(), groups);
        });
    }

    /** Adds a user to a group. */
    public void addMember(String groupName, String username) {
        change((current) -> {
            Group group = current.groups().get(groupName);
            if (group == null || !current.users().containsKey(username)) {
                throw new ApiException(404, "not found");
            }
            if (group.members().contains(username)) {
                throw new ApiException(409, "Already exists");
            }
            return withGroup(current, withMember(group, username));
        });
    }

    /** Removes a user from a group (nothing to do when the user is not a member). */
    public void removeMember(String groupName, String username) {
        change((current) -> {
            Group group = current.groups().get(groupName);
            if (group == null) {
                throw new ApiException(404, "not found");
            }
            return withGroup(current, withoutMember(group, username));
        });
    }

    /** @return the users of a group */
    public List<User> members(String groupName) {
        Identities identities = this.snapshot.identities();
        Group group = identities.groups().get(groupName);
        if (group == null) {
            throw new ApiException(404, "not found");
        }
        return group.members().stream().map(identities.users()::get).filter((user) -> user != null).toList();
    }

    /** @return the groups a user belongs to, by name */
    public List<Group> groupsOf(String username) {
        Identities identities = this.snapshot.identities();
        if (!identities.users().containsKey(username)) {
            throw new ApiException(404, "not found");
        }
        return identities.groups().values().stream().filter((group) -> group.members().contains(username)).toList();
    }

    /** Gives a group an ACL permission, replacing the one it had. */
    public void setAcl(String groupName, String permission) {
        if (AclPermission.of(permission).isEmpty()) {
            throw new ApiException(400, groupName + ": translate ACL {Permission:" + permission
                    + "} to statements: validation error: Bad ACL permission \"" + permission + "\"");
        }
        change((current) -> {
            Group group = current.groups().get(groupName);
            if (group == null) {
                throw new ApiException(404, "attach policy ACL(_-_)" + groupName + " to group " + groupName
                        + ": not found");
            }
            return withGroup(current, new Group(group.name(), group.description(), group.creationDate(), permission,
                    group.members()));
        });
    }

    private void change(UnaryOperator<Identities> change) {
        synchronized (this.writeLock) {
            Identities current = this.snapshot.identities();
            Identities changed = change.apply(current);
            this.store.saveIdentities(changed);
            this.snapshot = Snapshot.of(changed, this.seal);
        }
    }

    private static Identities withGroup(Identities current, Group group) {
        Map<String, Group> groups = new HashMap<>(current.groups());
        groups.put(group.name(), group);
        return new Identities(current.setupTime(), current.users(), current.accessKeys(), groups);
    }

    private static Group withMember(Group group, String username) {
        List<String> members = new ArrayList<>(group.members());
        if (!members.contains(username)) {
            members.add(username);
            members.sort(null);
        }
        return new Group(group.name(), group.description(), group.creationDate(), group.acl(), members);
    }

    private static Group withoutMember(Group group, String username) {
        if (!group.members().contains(username)) {
            return group;
        }
        List<String> members = new ArrayList<>(group.members());
        members.remove(username);
        return new Group(group.name(), group.description(), group.creationDate(), group.acl(), members);
    }

    private long now() {
        return this.clock.instant().getEpochSecond();
    }

    private String randomBase32(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder value = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            value.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
        }
        return value.toString();
    }

    private String randomSecret() {
        byte[] bytes = new byte[30];
        this.random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static Map<String, AclPermission> baseGroups() {
        Map<String, AclPermission> groups = new LinkedHashMap<>();
        groups.put("Admins", AclPermission.ADMIN);
        groups.put("Supers", AclPermission.SUPER);
        groups.put("Writers", AclPermission.WRITE);
        groups.put("Readers", AclPermission.READ);
        return groups;
    }

    /**
     * An access key just created, with its secret.
     *
     * @param key the stored key
     * @param secretAccessKey the secret half
     */
    public record NewAccessKey(AccessKey key, String secretAccessKey) {

        @Override
        public String toString() {
            return "NewAccessKey[accessKeyId=" + this.key.accessKeyId() + ", secretAccessKey=<hidden>]";
        }
    }

    /**
     * One state of the directory, with what requests need from it worked out once: the secrets it could open, and
     * each user with the grants of its groups.
     */
    private record Snapshot(Identities identities, Map<String, String> secrets, Map<String, Principal> principals) {

        static Snapshot of(Identities identities, SecretSeal seal) {
            Map<String, String> secrets = new HashMap<>();
            identities.accessKeys().forEach((id, key) -> seal.open(key.sealedSecret())
                .ifPresent((secret) -> secrets.put(id, secret)));
            Map<String, List<AclPermission>> permissions = new HashMap<>();
            for (Group group : identities.groups().values()) {
                AclPermission.of(group.acl()).ifPresent((permission) -> group.members()
                    .forEach((member) -> permissions.computeIfAbsent(member, (name) -> new ArrayList<>())
                        .add(permission)));
            }
            Map<String, Principal> principals = new HashMap<>();
            identities.users().forEach((name, user) -> principals.put(name, new Principal(name, user.creationDate(),
                    Grants.of(permissions.getOrDefault(name, List.of())))));
            return new Snapshot(identities, Map.copyOf(secrets), Map.copyOf(principals));
        }
    }

}
