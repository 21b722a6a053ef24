package io.github.lakefsspring.batch;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.EnableBatchProcessing;
import org.springframework.batch.core.configuration.annotation.EnableJdbcJobRepository;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;

import io.github.lakefsspring.autoconfigure.LakeFSAutoConfiguration;
import io.github.lakefsspring.autoconfigure.LakeFSEmbeddedServerAutoConfiguration;
import io.github.lakefsspring.batch.autoconfigure.LakeFSBatchAutoConfiguration;

/**
 * lakeFS (the embedded server, or the real one {@code LAKEFS_IT_*} names) with Spring Batch on a JDBC job
 * repository in H2, which keeps every job instance, as production job repositories do, so that restarts and
 * concurrent instances can be tested.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ LakeFSEmbeddedServerAutoConfiguration.class, LakeFSAutoConfiguration.class,
        LakeFSBatchAutoConfiguration.class })
@EnableBatchProcessing
@EnableJdbcJobRepository
class BatchTestApplication {

    @Bean
    DataSource dataSource() {
        return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
            .generateUniqueName(true)
            .addScript("/org/springframework/batch/core/schema-h2.sql")
            .build();
    }

    @Bean
    MapJobRegistry jobRegistry() {
        return new MapJobRegistry();
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }

}
