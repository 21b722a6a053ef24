package io.github.lakefsspring.test.repository;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.Repository;

/**
 * The repository of the running test, under {@link LakeFSTestRepository}: a bean of the test's application
 * context, pointing at a new repository for every test (or test class).
 *
 * @since 0.2.0
 */
public final class TestRepository {

    private volatile @Nullable Repository current;

    TestRepository() {
    }

    void use(@Nullable Repository repository) {
        this.current = repository;
    }

    /** @return the repository handle */
    public Repository repository() {
        Repository repository = this.current;
        if (repository == null) {
            throw new IllegalStateException("No test repository: use TestRepository inside a test method of a class "
                    + "annotated with @LakeFSTestRepository");
        }
        return repository;
    }

    /** @return the repository id */
    public String id() {
        return repository().id();
    }

    /**
     * @param name the branch
     * @return a handle on a branch of the repository
     */
    public Branch branch(String name) {
        return repository().branch(name);
    }

    @Override
    public String toString() {
        Repository repository = this.current;
        return "TestRepository[" + ((repository != null) ? repository.id() : "none") + "]";
    }

}
