package io.github.lakefsspring.batch.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.Job;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

import io.github.lakefsspring.autoconfigure.LakeFSProperties;
import io.github.lakefsspring.batch.LakeFSJob;
import io.github.lakefsspring.batch.LakeFSJobBranch;
import io.github.lakefsspring.core.RepositoryOperations;

/**
 * Registers a {@link LakeFSJobBranch} with every {@code Job} bean annotated with {@link LakeFSJob} (on its
 * {@code @Bean} method or its class).
 *
 * @since 0.1.0
 */
public class LakeFSJobPostProcessor implements BeanPostProcessor, BeanFactoryAware {

    private @Nullable ConfigurableListableBeanFactory beanFactory;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
        ConfigurableListableBeanFactory factory = this.beanFactory;
        if (!(bean instanceof Job job) || factory == null) {
            return bean;
        }
        LakeFSJob annotation;
        try {
            annotation = factory.findAnnotationOnBean(beanName, LakeFSJob.class);
        }
        catch (NoSuchBeanDefinitionException ex) {
            return bean;
        }
        if (annotation == null) {
            return bean;
        }
        LakeFSProperties properties = factory.getBean(LakeFSProperties.class);
        String repository = resolve(factory, annotation.repository(), properties.getDefaultRepository(),
                "repository", "lakefs.default-repository", beanName);
        String branch = resolve(factory, annotation.branch(), properties.getDefaultBranch(), "branch",
                "lakefs.default-branch", beanName);
        return new LakeFSJobBranch(factory.getBean(RepositoryOperations.class), repository, branch).applyTo(job);
    }

    private static String resolve(ConfigurableListableBeanFactory factory, String value, @Nullable String fallback,
            String attribute, String property, String beanName) {
        String resolved = value.isEmpty() ? fallback : factory.resolveEmbeddedValue(value);
        if (resolved == null || resolved.isBlank()) {
            throw new IllegalStateException("@LakeFSJob on job bean '" + beanName + "' names no " + attribute
                    + ": set its " + attribute + " attribute or the " + property + " property");
        }
        return resolved;
    }

}
