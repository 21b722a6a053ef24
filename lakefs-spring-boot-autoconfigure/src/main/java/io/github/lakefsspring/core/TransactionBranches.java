package io.github.lakefsspring.core;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names of transaction branches, {@code tx-<creation time>-<uuid>} (the time in milliseconds, base 36), so that
 * their age can be told from the name alone, and which of them transactions in this JVM are using.
 *
 * @since 0.1.0
 */
public final class TransactionBranches {

    /** What every transaction branch's name starts with. */
    public static final String PREFIX = "tx-";

    private static final Set<String> ACTIVE = ConcurrentHashMap.newKeySet();

    private TransactionBranches() {
    }

    /**
     * @param now when the transaction begins
     * @return a new transaction branch name carrying that time
     */
    public static String newName(Instant now) {
        return PREFIX + Long.toString(now.toEpochMilli(), 36) + "-" + UUID.randomUUID();
    }

    /**
     * @param branch a branch name
     * @return whether it names a transaction branch
     */
    public static boolean isTransactionBranch(String branch) {
        return branch.startsWith(PREFIX);
    }

    /**
     * @param branch a transaction branch's name
     * @return when it was created, or empty for a name without a time (made by an earlier version)
     */
    public static Optional<Instant> createdAt(String branch) {
        if (!isTransactionBranch(branch)) {
            return Optional.empty();
        }
        int end = branch.indexOf('-', PREFIX.length());
        if (end < 0 || branch.length() - end - 1 != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(branch.substring(PREFIX.length(), end), 36)));
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    /**
     * @param repository the repository
     * @param branch the transaction branch
     * @return whether a transaction in this JVM is using it
     */
    public static boolean isActiveHere(String repository, String branch) {
        return ACTIVE.contains(key(repository, branch));
    }

    static void started(String repository, String branch) {
        ACTIVE.add(key(repository, branch));
    }

    static void ended(String repository, String branch) {
        ACTIVE.remove(key(repository, branch));
    }

    private static String key(String repository, String branch) {
        return repository + "/" + branch;
    }

}
