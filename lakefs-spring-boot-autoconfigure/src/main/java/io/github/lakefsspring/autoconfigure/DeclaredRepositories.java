package io.github.lakefsspring.autoconfigure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.lakefsspring.client.model.BranchProtection;
import io.github.lakefsspring.client.model.GarbageCollectionRules;
import io.github.lakefsspring.core.LakeFSNames;
import io.github.lakefsspring.provisioning.RepositoryDeclaration;

import org.springframework.util.StringUtils;

/**
 * Turns {@code lakefs.repositories[...]} into repository declarations, refusing what lakeFS would refuse with
 * the property named.
 */
final class DeclaredRepositories {

    private DeclaredRepositories() {
    }

    static List<RepositoryDeclaration> of(List<LakeFSProperties.DeclaredRepository> repositories) {
        List<RepositoryDeclaration> declarations = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < repositories.size(); i++) {
            LakeFSProperties.DeclaredRepository repository = repositories.get(i);
            String property = "lakefs.repositories[" + i + "]";
            String id = repository.getId();
            String namespace = repository.getStorageNamespace();
            if (!StringUtils.hasText(id)) {
                throw new LakeFSConfigurationException(property + ".id is not set.", "Name the repository.");
            }
            if (!StringUtils.hasText(namespace)) {
                throw new LakeFSConfigurationException(property + ".storage-namespace is not set for repository '"
                        + id + "'.", "Set it to where the repository's objects go, e.g. s3://bucket/repos/" + id + ".");
            }
            if (!ids.add(id)) {
                throw new LakeFSConfigurationException(property + ".id '" + id + "' is declared twice.",
                        "Declare each repository once.");
            }
            try {
                LakeFSNames.requireRepositoryId(id);
                LakeFSNames.requireStorageNamespace(namespace);
                repository.getProtectedBranches().forEach(BranchProtection::requirePattern);
            }
            catch (IllegalArgumentException ex) {
                throw new LakeFSConfigurationException(property + " is invalid: " + ex.getMessage(),
                        "Fix " + property + ".", ex);
            }
            LakeFSProperties.DeclaredRepository.Gc gc = repository.getGc();
            GarbageCollectionRules rules = (gc.getDefaultRetentionDays() != null)
                    ? GarbageCollectionRules.of(gc.getDefaultRetentionDays(), gc.getBranches()) : null;
            if (rules == null && !gc.getBranches().isEmpty()) {
                throw new LakeFSConfigurationException(property + ".gc.branches is set but "
                        + property + ".gc.default-retention-days is not.",
                        "Set " + property + ".gc.default-retention-days: lakeFS's rules need a default.");
            }
            declarations.add(new RepositoryDeclaration(id, namespace, repository.getDefaultBranch(),
                    repository.getBranches(), repository.getProtectedBranches(), rules, repository.getMetadata()));
        }
        return declarations;
    }

}
