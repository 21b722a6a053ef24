package io.github.lakefsspring.test.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.client.model.Page;
import io.github.lakefsspring.client.model.Repository;
import io.github.lakefsspring.test.autoconfigure.AutoConfigureEmbeddedLakeFS.Cleanup;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Deletes every repository of the context's embedded server after each test method or after the test class, as
 * {@link AutoConfigureEmbeddedLakeFS#cleanup()} asks, so that tests do not see each other's data.
 */
class EmbeddedLakeFSCleanupListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return 5000;
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (cleanup(testContext) == Cleanup.AFTER_EACH_TEST) {
            deleteRepositories(testContext);
        }
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (cleanup(testContext) == Cleanup.AFTER_CLASS) {
            deleteRepositories(testContext);
        }
    }

    private static Cleanup cleanup(TestContext testContext) {
        AutoConfigureEmbeddedLakeFS annotation = TestContextAnnotationUtils
            .findMergedAnnotation(testContext.getTestClass(), AutoConfigureEmbeddedLakeFS.class);
        return (annotation != null) ? annotation.cleanup() : Cleanup.NEVER;
    }

    private static void deleteRepositories(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        LakeFSClient client = testContext.getApplicationContext().getBean(LakeFSClient.class);
        List<String> ids = new ArrayList<>();
        String after = null;
        Page<Repository> page;
        do {
            page = client.repositories().list(null, after, 1000);
            page.results().forEach((repository) -> ids.add(repository.id()));
            after = page.pagination().nextOffset();
        }
        while (page.pagination().hasMore());
        ids.forEach((id) -> client.repositories().delete(id));
    }

}
