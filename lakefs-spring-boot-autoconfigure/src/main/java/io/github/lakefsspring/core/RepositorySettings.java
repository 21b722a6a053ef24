package io.github.lakefsspring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

import io.github.lakefsspring.client.NotFoundException;
import io.github.lakefsspring.client.PreconditionFailedException;
import io.github.lakefsspring.client.model.BranchProtection;
import io.github.lakefsspring.client.model.GarbageCollectionRules;

/**
 * A repository's settings: which branches are protected, and how long garbage collection keeps unreferenced
 * objects. Obtained from {@link Repository#settings()}; every method calls the server.
 *
 * <p>Protection rules are changed one pattern at a time with optimistic concurrency: the rules are read with their
 * version, changed and written back only if nobody changed them meanwhile (retried a few times when someone did),
 * so two applications protecting different branches at once both succeed. lakeFS's API cannot make the first rule
 * of a repository conditional (a repository without rules has no version to match), so changes from one JVM are
 * also serialized per repository; two applications adding a repository's very first rules at the same instant can
 * still overwrite each other.
 *
 * @since 0.2.0
 */
public final class RepositorySettings {

    private static final int ATTEMPTS = 5;

    private static final ConcurrentMap<String, Object> LOCKS = new ConcurrentHashMap<>();

    private final CoreSupport support;

    private final String repository;

    RepositorySettings(CoreSupport support, String repository) {
        this.support = support;
        this.repository = repository;
    }

    /** @return the patterns of the protected branches (lakeFS's globs, e.g. {@code main}, {@code release-*}) */
    public List<String> protectedBranches() {
        return this.support.client().repositories().branchProtection(this.repository).patterns();
    }

    /**
     * Protects the branches matching a pattern: they refuse staging writes and commits, and take changes only by
     * merge. lakeFS applies new rules within a few seconds.
     * @param pattern a branch name or a glob ({@code *}, {@code ?}, {@code [...]}, {@code {a,b}})
     * @return whether the pattern was added (false when it was there already)
     */
    public boolean protectBranch(String pattern) {
        BranchProtection.requirePattern(pattern);
        return changeProtection((patterns) -> {
            if (!patterns.contains(pattern)) {
                patterns.add(pattern);
            }
            return patterns;
        });
    }

    /**
     * Removes a protection pattern.
     * @param pattern the pattern exactly as it was added
     * @return whether it was there
     */
    public boolean unprotectBranch(String pattern) {
        return changeProtection((patterns) -> {
            patterns.remove(pattern);
            return patterns;
        });
    }

    private boolean changeProtection(UnaryOperator<List<String>> change) {
        String key = this.support.client().settings().apiEndpoint() + " " + this.repository;
        synchronized (LOCKS.computeIfAbsent(key, (ignored) -> new Object())) {
            return changeProtectionOptimistically(change);
        }
    }

    private boolean changeProtectionOptimistically(UnaryOperator<List<String>> change) {
        PreconditionFailedException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            BranchProtection current = this.support.client().repositories().branchProtection(this.repository);
            List<String> changed = change.apply(new ArrayList<>(current.patterns()));
            if (changed.equals(current.patterns())) {
                return false;
            }
            try {
                this.support.client().repositories().setBranchProtection(this.repository, changed,
                        current.etag().isEmpty() ? null : current.etag());
                return true;
            }
            catch (PreconditionFailedException ex) {
                last = ex;
            }
        }
        throw new IllegalStateException("The branch protection rules of repository '" + this.repository
                + "' kept changing while this change was made (" + ATTEMPTS + " attempts)", last);
    }

    /** @return the garbage collection rules, or empty when the repository has none */
    public Optional<GarbageCollectionRules> gcRules() {
        try {
            return Optional.of(this.support.client().repositories().gcRules(this.repository));
        }
        catch (NotFoundException ex) {
            this.support.client().repositories().get(this.repository);
            return Optional.empty();
        }
    }

    /** Replaces the garbage collection rules. */
    public void setGcRules(GarbageCollectionRules rules) {
        this.support.client().repositories().setGcRules(this.repository, rules);
    }

    /** Removes the garbage collection rules. */
    public void deleteGcRules() {
        this.support.client().repositories().deleteGcRules(this.repository);
    }

    @Override
    public String toString() {
        return "RepositorySettings[" + this.repository + "]";
    }

}
