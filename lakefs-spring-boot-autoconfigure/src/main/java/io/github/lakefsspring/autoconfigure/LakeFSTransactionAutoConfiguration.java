package io.github.lakefsspring.autoconfigure;

import io.micrometer.observation.ObservationRegistry;

import io.github.lakefsspring.core.LakeFSTransactionSweeper;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.transaction.LakeFSTransactionInterceptor;
import io.github.lakefsspring.transaction.LakeFSTransactionTemplate;
import io.github.lakefsspring.transaction.LakeFSTransactionalBeanPostProcessor;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;
import org.springframework.core.env.Environment;

/**
 * Auto-configuration for lakeFS transactions: the {@link LakeFSTransactionTemplate}, the post-processor that
 * applies {@code @LakeFSTransactional}, and the sweeper of abandoned transaction branches (scheduled with
 * {@code lakefs.transactions.sweep.enabled=true}).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
public final class LakeFSTransactionAutoConfiguration {

    LakeFSTransactionAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    LakeFSTransactionTemplate lakeFSTransactionTemplate(RepositoryOperations repositories,
            ObjectProvider<ObservationRegistry> observations) {
        return new LakeFSTransactionTemplate(repositories, observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    @ConditionalOnMissingBean
    LakeFSTransactionSweeper lakeFSTransactionSweeper(RepositoryOperations repositories) {
        return new LakeFSTransactionSweeper(repositories);
    }

    @Bean
    @ConditionalOnBooleanProperty("lakefs.transactions.sweep.enabled")
    TransactionSweepSchedule lakeFSTransactionSweepSchedule(LakeFSTransactionSweeper sweeper,
            RepositoryOperations repositories, LakeFSProperties properties, Environment environment) {
        LakeFSPropertiesCheck.check(properties, environment);
        LakeFSProperties.Transactions.Sweep sweep = properties.getTransactions().getSweep();
        return new TransactionSweepSchedule(sweeper, new SweptRepositories(properties, repositories),
                sweep.getOlderThan(), sweep.getInterval());
    }

    @Bean
    @ConditionalOnMissingBean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static LakeFSTransactionalBeanPostProcessor lakeFSTransactionalBeanPostProcessor(
            ObjectProvider<LakeFSTransactionTemplate> transactions, ObjectProvider<LakeFSProperties> properties,
            BeanFactory beanFactory) {
        return new LakeFSTransactionalBeanPostProcessor(() -> {
            LakeFSProperties settings = properties.getObject();
            return new LakeFSTransactionInterceptor(transactions.getObject(), settings.getDefaultRepository(),
                    settings.getDefaultBranch(), beanFactory);
        });
    }

}
