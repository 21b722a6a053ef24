package io.github.lakefsspring.batch.autoconfigure;

import org.springframework.batch.core.job.Job;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

import io.github.lakefsspring.autoconfigure.LakeFSAutoConfiguration;

/**
 * Auto-configuration of the lakeFS Spring Batch integration, when Spring Batch is on the class path: job beans
 * annotated with {@link io.github.lakefsspring.batch.LakeFSJob @LakeFSJob} run on lakeFS job branches.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = LakeFSAutoConfiguration.class)
@ConditionalOnClass(Job.class)
public final class LakeFSBatchAutoConfiguration {

    LakeFSBatchAutoConfiguration() {
    }

    @Bean
    @ConditionalOnMissingBean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static LakeFSJobPostProcessor lakeFSJobPostProcessor() {
        return new LakeFSJobPostProcessor();
    }

}
