package io.github.lakefsspring.core;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * lakeFS's naming rules, checked on the client so that a bad name fails with a message naming the value
 * and the rule before any request is sent. The rules are the server's own (repository, branch and tag
 * ids, refs, object paths, storage namespaces); a name that passes here can still be refused by the
 * server for reasons only it knows (a clash with an existing tag, a namespace already in use).
 *
 * @since 0.1.0
 */
public final class LakeFSNames {

    /** Longest object path lakeFS accepts, in UTF-8 bytes. */
    public static final int MAX_PATH_BYTES = 1024;

    private static final Pattern REPOSITORY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,62}");

    private static final Pattern BRANCH_ID = Pattern.compile("[A-Za-z0-9_][-A-Za-z0-9_]*");

    private static final Pattern STORAGE_NAMESPACE = Pattern.compile("(s3|gs|https?|mem|local|transient)://.*");

    private static final Pattern WHITESPACE = Pattern.compile("\\s");

    private LakeFSNames() {
    }

    /**
     * Checks a repository id: 3 to 63 characters of lower-case letters, digits and {@code -}, not starting with
     * {@code -}.
     * @param repositoryId the id to check
     * @return the id
     * @throws IllegalArgumentException naming the id and the rule when it breaks it
     */
    public static String requireRepositoryId(String repositoryId) {
        requireText("Repository id", repositoryId);
        if (!REPOSITORY_ID.matcher(repositoryId).matches()) {
            throw invalid("Repository id", repositoryId,
                    "3 to 63 characters of a-z, 0-9 and '-', starting with a letter or digit");
        }
        return repositoryId;
    }

    /**
     * Checks a branch id: ASCII letters, digits, {@code _} and {@code -}, not starting with {@code -}.
     * @param branchId the id to check
     * @return the id
     * @throws IllegalArgumentException naming the id and the rule when it breaks it
     */
    public static String requireBranchId(String branchId) {
        requireText("Branch id", branchId);
        if (!BRANCH_ID.matcher(branchId).matches()) {
            throw invalid("Branch id", branchId,
                    "ASCII letters, digits, '_' and '-', not starting with '-' (no '/', '.' or spaces)");
        }
        return branchId;
    }

    /**
     * Checks a tag id with lakeFS's git-like rules: not {@code @}, no trailing {@code .} or {@code .lock}, none of
     * {@code ..}, {@code /}, {@code @{}, {@code ^ : ? * [ \}, spaces or control characters.
     * @param tagId the id to check
     * @return the id
     * @throws IllegalArgumentException naming the id and the rule when it breaks it
     */
    public static String requireTagId(String tagId) {
        requireText("Tag id", tagId);
        boolean valid = !tagId.equals("@") && !tagId.endsWith(".") && !tagId.endsWith(".lock")
                && !tagId.contains("..") && !tagId.contains("/") && !tagId.contains("@{")
                && tagId.chars().noneMatch((c) -> c <= ' ' || "^:?*[\\".indexOf(c) >= 0);
        if (!valid) {
            throw invalid("Tag id", tagId, "no '..', '/', '@{', '^', ':', '?', '*', '[', '\\', spaces or control "
                    + "characters, not '@', not ending in '.' or '.lock'");
        }
        return tagId;
    }

    /**
     * Checks a ref expression (a branch, tag or commit id, optionally with {@code ~N}, {@code ^N}, {@code @} or
     * {@code $} modifiers): non-empty and without whitespace. Whether it resolves is the server's answer.
     * @param ref the ref to check
     * @return the ref
     * @throws IllegalArgumentException naming the ref and the rule when it breaks it
     */
    public static String requireRef(String ref) {
        requireText("Ref", ref);
        if (WHITESPACE.matcher(ref).find()) {
            throw invalid("Ref", ref, "a branch, tag or commit id with optional ~N, ^N, @ or $ modifiers, "
                    + "without whitespace");
        }
        return ref;
    }

    /**
     * Checks an object path: 1 to {@value #MAX_PATH_BYTES} bytes in UTF-8, otherwise free-form.
     * @param path the path to check
     * @return the path
     * @throws IllegalArgumentException naming the path and the rule when it breaks it
     */
    public static String requirePath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("Object path must not be empty");
        }
        int bytes = path.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PATH_BYTES) {
            throw new IllegalArgumentException("Object path '" + abbreviate(path) + "' is " + bytes
                    + " bytes long in UTF-8; lakeFS accepts at most " + MAX_PATH_BYTES);
        }
        return path;
    }

    /**
     * Checks a storage namespace URI: a scheme lakeFS knows ({@code s3}, {@code gs}, {@code http}, {@code https}
     * for Azure, {@code local}, {@code mem}, {@code transient}) followed by {@code ://}. Which schemes a given
     * server accepts depends on its blockstore; it says so in its storage configuration.
     * @param storageNamespace the namespace to check
     * @return the namespace
     * @throws IllegalArgumentException naming the namespace and the rule when it breaks it
     */
    public static String requireStorageNamespace(String storageNamespace) {
        requireText("Storage namespace", storageNamespace);
        if (!STORAGE_NAMESPACE.matcher(storageNamespace).matches()) {
            throw invalid("Storage namespace", storageNamespace,
                    "a URI such as s3://bucket/prefix (schemes s3, gs, http, https, local, mem, transient)");
        }
        return storageNamespace;
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
    }

    private static IllegalArgumentException invalid(String what, String value, String rule) {
        return new IllegalArgumentException(what + " '" + abbreviate(value) + "' is invalid: it must be " + rule);
    }

    private static String abbreviate(String value) {
        return (value.length() <= 100) ? value : value.substring(0, 100) + "...";
    }

}
