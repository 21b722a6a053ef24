package io.github.lakefsspring.autoconfigure;

import java.util.List;

import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryOperations;

/**
 * Which repositories the transaction sweeper and the {@code lakefstransactions} endpoint look at:
 * {@code lakefs.transactions.sweep.repositories}, else {@code lakefs.default-repository}, else every repository.
 */
final class SweptRepositories {

    private final LakeFSProperties properties;

    private final RepositoryOperations repositories;

    SweptRepositories(LakeFSProperties properties, RepositoryOperations repositories) {
        this.properties = properties;
        this.repositories = repositories;
    }

    List<String> ids() {
        List<String> configured = this.properties.getTransactions().getSweep().getRepositories();
        if (!configured.isEmpty()) {
            return List.copyOf(configured);
        }
        String defaultRepository = this.properties.getDefaultRepository();
        if (defaultRepository != null && !defaultRepository.isBlank()) {
            return List.of(defaultRepository);
        }
        return this.repositories.repositories().map(Repository::id).toList();
    }

}
