package io.github.lakefsspring.autoconfigure;

import io.github.lakefsspring.actuate.LakeFSHealthIndicator;
import io.github.lakefsspring.actuate.LakeFSInfoContributor;
import io.github.lakefsspring.actuate.LakeFSSanitizingFunction;
import io.github.lakefsspring.actuate.LakeFSTransactionsEndpoint;
import io.github.lakefsspring.client.LakeFSClient;
import io.github.lakefsspring.core.LakeFSTransactionSweeper;
import io.github.lakefsspring.core.RepositoryOperations;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Actuator support for lakeFS, each part only when its Actuator module is present: the {@code lakefs} health
 * indicator, the {@code lakefs} info contribution, the {@code lakefstransactions} endpoint, and masking of lakeFS
 * secrets.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { LakeFSAutoConfiguration.class, LakeFSTransactionAutoConfiguration.class })
public final class LakeFSActuatorAutoConfiguration {

    LakeFSActuatorAutoConfiguration() {
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(HealthIndicator.class)
    @ConditionalOnBean(LakeFSClient.class)
    @ConditionalOnEnabledHealthIndicator("lakefs")
    static class Health {

        @Bean(name = "lakefsHealthIndicator")
        @ConditionalOnMissingBean(name = "lakefsHealthIndicator")
        LakeFSHealthIndicator lakefsHealthIndicator(LakeFSClient client, LakeFSProperties properties) {
            return new LakeFSHealthIndicator(client, properties.getHealth().getTimeout());
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(InfoContributor.class)
    @ConditionalOnBean(LakeFSClient.class)
    static class Info {

        @Bean
        @ConditionalOnMissingBean
        LakeFSInfoContributor lakefsInfoContributor(LakeFSClient client) {
            return new LakeFSInfoContributor(client);
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Endpoint.class)
    @ConditionalOnBean(LakeFSTransactionSweeper.class)
    static class Transactions {

        @Bean
        @ConditionalOnMissingBean
        LakeFSTransactionsEndpoint lakeFSTransactionsEndpoint(LakeFSTransactionSweeper sweeper,
                RepositoryOperations repositories, LakeFSProperties properties) {
            SweptRepositories swept = new SweptRepositories(properties, repositories);
            return new LakeFSTransactionsEndpoint(sweeper, repositories, swept::ids,
                    properties.getTransactions().getSweep().getOlderThan());
        }

    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class Sanitizing {

        @Bean
        @ConditionalOnMissingBean
        LakeFSSanitizingFunction lakefsSanitizingFunction() {
            return new LakeFSSanitizingFunction();
        }

    }

}
