package io.github.lakefsspring.test.repository;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryOperations;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Creates the test repository before each test method (or test class) of a class annotated with
 * {@link LakeFSTestRepository}, and deletes it after.
 */
class TestRepositoryListener extends AbstractTestExecutionListener {

    static final String DEFAULT_PREFIX = "s3://lakefs-test-repositories/";

    static final String PREFIX_PROPERTY = "lakefs.test.namespace-prefix";

    @Override
    public int getOrder() {
        return 4000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (scope(testContext) == LakeFSTestRepository.Scope.CLASS) {
            create(testContext);
        }
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (scope(testContext) == LakeFSTestRepository.Scope.METHOD) {
            create(testContext);
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (scope(testContext) == LakeFSTestRepository.Scope.METHOD) {
            delete(testContext);
        }
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (scope(testContext) == LakeFSTestRepository.Scope.CLASS) {
            delete(testContext);
        }
    }

    private static LakeFSTestRepository.@Nullable Scope scope(TestContext testContext) {
        LakeFSTestRepository annotation = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
                LakeFSTestRepository.class);
        return (annotation != null) ? annotation.scope() : null;
    }

    private static void create(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        LakeFSTestRepository annotation = TestContextAnnotationUtils.findMergedAnnotation(testContext.getTestClass(),
                LakeFSTestRepository.class);
        String prefix = (annotation != null && !annotation.namespacePrefix().isEmpty()) ? annotation.namespacePrefix()
                : context.getEnvironment().getProperty(PREFIX_PROPERTY, DEFAULT_PREFIX);
        String id = repositoryId(testContext.getTestClass());
        Repository repository = context.getBean(RepositoryOperations.class)
            .repository(id)
            .create((prefix.endsWith("/") ? prefix : prefix + "/") + id);
        context.getBean(TestRepository.class).use(repository);
    }

    private static void delete(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        TestRepository holder = testContext.getApplicationContext().getBean(TestRepository.class);
        try {
            holder.repository().delete();
        }
        finally {
            holder.use(null);
        }
    }

    /** {@code test-<class>-<random>}, within lakeFS's 3 to 63 characters of lower-case letters, digits and '-'. */
    static String repositoryId(Class<?> testClass) {
        String name = testClass.getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String base = "test-" + name;
        return ((base.length() > 50) ? base.substring(0, 50) : base).replaceAll("-+$", "") + "-" + suffix;
    }

}
