package io.github.lakefsspring.autoconfigure;

import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.resource.LakeFSProtocolResolver;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Registers the {@code lakefs://} protocol with the application context, so that locations such as
 * {@code lakefs://repo/main/data.csv} resolve to lakeFS objects.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
public final class LakeFSResourceAutoConfiguration {

    LakeFSResourceAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    static LakeFSProtocolRegistrar lakeFSProtocolRegistrar(ObjectProvider<RepositoryOperations> repositories) {
        return new LakeFSProtocolRegistrar(repositories);
    }

    /** Adds the resolver to the context early, before beans that inject {@code lakefs://} resources. */
    static final class LakeFSProtocolRegistrar implements BeanFactoryPostProcessor, ApplicationContextAware {

        private final ObjectProvider<RepositoryOperations> repositories;

        LakeFSProtocolRegistrar(ObjectProvider<RepositoryOperations> repositories) {
            this.repositories = repositories;
        }

        @Override
        public void setApplicationContext(ApplicationContext context) {
            if (context instanceof DefaultResourceLoader loader) {
                loader.addProtocolResolver(new LakeFSProtocolResolver(this.repositories::getObject));
            }
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        }

    }

}
