package io.github.lakefsspring.sample;

import java.math.BigDecimal;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import io.github.lakefsspring.batch.LakeFSItemReader;
import io.github.lakefsspring.batch.LakeFSItemReaderBuilder;
import io.github.lakefsspring.batch.LakeFSItemWriter;
import io.github.lakefsspring.batch.LakeFSItemWriterBuilder;
import io.github.lakefsspring.batch.LakeFSJob;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.WriteOptions;

/**
 * A Spring Batch pipeline on lakeFS (profile {@code batch}): {@code cleanSales} lists the raw sales CSV files
 * ({@code inventory}), then cleans every record into {@code clean/} ({@code clean}); it runs on a branch of its
 * own and lands on {@code main} only when both steps complete.
 */
@Configuration(proxyBeanMethods = false)
@Profile("batch")
class SalesPipeline {

    static final String HEADER = "day,store,amount";

    @Bean
    @LakeFSJob(repository = "${sample.batch.repository}", branch = "main")
    Job cleanSales(JobRepository jobs, Step inventory, Step clean) {
        return new JobBuilder("cleanSales", jobs).start(inventory).next(clean).build();
    }

    @Bean
    Step inventory(JobRepository jobs, RepositoryOperations repositories, BatchSampleProperties properties) {
        return new StepBuilder("inventory", jobs).tasklet((contribution, chunk) -> {
            Branch main = repositories.repository(properties.repository()).branch("main");
            StringBuilder files = new StringBuilder();
            main.objects(ObjectListOptions.prefix("raw/"))
                .map(ObjectStats::path)
                .forEach((path) -> files.append(path).append('\n'));
            main.object("inventory.txt").upload(files.toString());
            return RepeatStatus.FINISHED;
        }).build();
    }

    @Bean
    Step clean(JobRepository jobs, RepositoryOperations repositories, BatchSampleProperties properties) {
        FlatFileItemReader<Sale> csv = new FlatFileItemReaderBuilder<Sale>().name("sale")
            .linesToSkip(1)
            .delimited()
            .names("day", "store", "amount")
            .targetType(Sale.class)
            .build();
        LakeFSItemReader<Sale> raw = LakeFSItemReaderBuilder.records(csv)
            .name("rawSales")
            .repositories(repositories)
            .repository(properties.repository())
            .ref("main")
            .prefix("raw/")
            .build();
        LakeFSItemWriter<Sale> cleaned = LakeFSItemWriterBuilder
            .chunks("clean/", ".csv", (Sale sale) -> sale.day() + "," + sale.store() + "," + sale.amount())
            .header(HEADER)
            .name("cleanSales")
            .repositories(repositories)
            .repository(properties.repository())
            .branch("main")
            .writeOptions(WriteOptions.contentType("text/csv"))
            .build();
        return new StepBuilder("clean", jobs).<Sale, Sale>chunk(2)
            .reader(raw)
            .processor(SalesPipeline::cleanSale)
            .writer(cleaned)
            .build();
    }

    static Sale cleanSale(Sale sale) {
        try {
            String amount = new BigDecimal(sale.amount()).toPlainString();
            return new Sale(sale.day(), sale.store().strip().toUpperCase(), amount);
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Bad amount '" + sale.amount() + "' for " + sale.store() + " on "
                    + sale.day(), ex);
        }
    }

    /**
     * One sale, as the CSV files hold it.
     *
     * @param day the day
     * @param store the store
     * @param amount the amount, as written
     */
    record Sale(String day, String store, String amount) {

    }

}
