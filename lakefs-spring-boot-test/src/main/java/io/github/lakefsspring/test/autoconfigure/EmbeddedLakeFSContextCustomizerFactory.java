package io.github.lakefsspring.test.autoconfigure;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Creates an {@link EmbeddedLakeFSContextCustomizer} for test classes annotated (directly, through a
 * superclass or an enclosing class) with {@link AutoConfigureEmbeddedLakeFS}.
 */
class EmbeddedLakeFSContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        AutoConfigureEmbeddedLakeFS annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
                AutoConfigureEmbeddedLakeFS.class);
        return (annotation != null) ? new EmbeddedLakeFSContextCustomizer(annotation.blockstore()) : null;
    }

}
