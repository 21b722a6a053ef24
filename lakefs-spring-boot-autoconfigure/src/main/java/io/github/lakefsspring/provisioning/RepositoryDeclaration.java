package io.github.lakefsspring.provisioning;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.model.GarbageCollectionRules;

/**
 * A repository as the application wants it to be.
 *
 * @param id the repository id
 * @param storageNamespace where its objects are stored (fixed once the repository exists)
 * @param defaultBranch its default branch (fixed once the repository exists)
 * @param branches branches that must exist, created from the default branch's head when missing
 * @param protectedBranches branch protection patterns
 * @param gcRules its garbage collection rules, or {@code null} to leave them alone
 * @param metadata repository metadata entries
 * @since 0.2.0
 */
public record RepositoryDeclaration(String id, String storageNamespace, String defaultBranch, List<String> branches,
        List<String> protectedBranches, @Nullable GarbageCollectionRules gcRules, Map<String, String> metadata) {

    public RepositoryDeclaration {
        branches = List.copyOf(branches);
        protectedBranches = List.copyOf(protectedBranches);
        metadata = new TreeMap<>(metadata);
    }

    /**
     * @param id the repository id
     * @param storageNamespace where its objects are stored
     * @return a declaration of a repository with a {@code main} branch and nothing else
     */
    public static RepositoryDeclaration of(String id, String storageNamespace) {
        return new RepositoryDeclaration(id, storageNamespace, "main", List.of(), List.of(), null, Map.of());
    }

    /** @return this declaration with more branches to ensure */
    public RepositoryDeclaration withBranches(String... names) {
        return new RepositoryDeclaration(this.id, this.storageNamespace, this.defaultBranch, List.of(names),
                this.protectedBranches, this.gcRules, this.metadata);
    }

    /** @return this declaration with branch protection patterns */
    public RepositoryDeclaration withProtectedBranches(String... patterns) {
        return new RepositoryDeclaration(this.id, this.storageNamespace, this.defaultBranch, this.branches,
                List.of(patterns), this.gcRules, this.metadata);
    }

    /** @return this declaration with garbage collection rules */
    public RepositoryDeclaration withGcRules(GarbageCollectionRules rules) {
        return new RepositoryDeclaration(this.id, this.storageNamespace, this.defaultBranch, this.branches,
                this.protectedBranches, rules, this.metadata);
    }

    /** @return this declaration with metadata entries */
    public RepositoryDeclaration withMetadata(Map<String, String> entries) {
        return new RepositoryDeclaration(this.id, this.storageNamespace, this.defaultBranch, this.branches,
                this.protectedBranches, this.gcRules, entries);
    }

}
