package io.github.lakefsspring.test.repository;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Registers the {@link TestRepository} bean in the contexts of test classes annotated with
 * {@link LakeFSTestRepository}.
 */
class TestRepositoryContextCustomizerFactory implements ContextCustomizerFactory {

    static final String BEAN_NAME = "lakeFSTestRepository";

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return (TestContextAnnotationUtils.findMergedAnnotation(testClass, LakeFSTestRepository.class) != null)
                ? new TestRepositoryContextCustomizer() : null;
    }

    /** Adds the bean; equal for every annotated class, so that they share cached contexts. */
    static final class TestRepositoryContextCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getBeanFactory().registerSingleton(BEAN_NAME, new TestRepository());
        }

        @Override
        public boolean equals(@Nullable Object other) {
            return other instanceof TestRepositoryContextCustomizer;
        }

        @Override
        public int hashCode() {
            return TestRepositoryContextCustomizer.class.hashCode();
        }

    }

}
