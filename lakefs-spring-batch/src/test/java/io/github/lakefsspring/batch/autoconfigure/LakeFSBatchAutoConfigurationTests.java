package io.github.lakefsspring.batch.autoconfigure;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.github.lakefsspring.autoconfigure.LakeFSAutoConfiguration;
import io.github.lakefsspring.autoconfigure.LakeFSEmbeddedServerAutoConfiguration;
import io.github.lakefsspring.batch.LakeFSJob;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.BranchRedirects;
import io.github.lakefsspring.core.LakeFSMergeValidator;
import io.github.lakefsspring.core.MergeVerdict;
import io.github.lakefsspring.core.RepositoryOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code @LakeFSJob} with Boot's own Spring Batch auto-configuration (its in-memory job repository) on the
 * embedded server: the job lands through a branch of its own, the application's merge gates apply, a missing
 * repository is named at startup, and nothing is registered without Spring Batch.
 */
class LakeFSBatchAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(LakeFSEmbeddedServerAutoConfiguration.class,
                LakeFSAutoConfiguration.class, BatchAutoConfiguration.class, LakeFSBatchAutoConfiguration.class))
        .withPropertyValues("lakefs.lakectl.enabled=false", "spring.batch.job.enabled=false",
                "lakefs.repositories[0].id=sales", "lakefs.repositories[0].storage-namespace=s3://bucket/repos/sales",
                "sales.repository=sales");

    @Test
    void anAnnotatedJobLandsThroughItsOwnBranch() {
        this.runner.withUserConfiguration(SalesJob.class).run((context) -> {
            assertThat(context).hasNotFailed().hasSingleBean(LakeFSJobPostProcessor.class);
            JobExecution execution = context.getBean(JobOperator.class)
                .start(context.getBean(Job.class), new JobParameters());
            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            Branch main = context.getBean(RepositoryOperations.class).repository("sales").branch("main");
            assertThat(main.object("report.txt").readString()).isEqualTo("written on batch-report-");
            assertThat(main.commit().message()).startsWith("Merge job report (instance ");
        });
    }

    @Test
    void theApplicationsMergeGatesApply() {
        this.runner.withUserConfiguration(SalesJob.class)
            .withBean(LakeFSMergeValidator.class, () -> (candidate) -> MergeVerdict.reject("closed for audit"))
            .run((context) -> {
                JobExecution execution = context.getBean(JobOperator.class)
                    .start(context.getBean(Job.class), new JobParameters());
                assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
                assertThat(execution.getExitStatus().getExitDescription()).contains("closed for audit");
                Branch main = context.getBean(RepositoryOperations.class).repository("sales").branch("main");
                assertThat(main.object("report.txt").exists()).isFalse();
            });
    }

    @Test
    void aJobWithoutARepositoryIsNamedAtStartup() {
        this.runner.withUserConfiguration(UnnamedRepositoryJob.class)
            .run((context) -> assertThat(context.getStartupFailure()).rootCause()
                .hasMessage("@LakeFSJob on job bean 'unnamed' names no repository: set its repository attribute or "
                        + "the lakefs.default-repository property"));
    }

    @Test
    void theDefaultRepositoryServesAJobThatNamesNone() {
        this.runner.withUserConfiguration(UnnamedRepositoryJob.class)
            .withPropertyValues("lakefs.default-repository=sales")
            .run((context) -> assertThat(context.getBean(JobOperator.class)
                .start(context.getBean(Job.class), new JobParameters())
                .getStatus()).isEqualTo(BatchStatus.COMPLETED));
    }

    @Test
    void withoutSpringBatchNothingIsRegistered() {
        this.runner.withClassLoader(new FilteredClassLoader(Job.class))
            .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(LakeFSJobPostProcessor.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class SalesJob {

        @Bean
        @LakeFSJob(repository = "${sales.repository}", branch = "main")
        Job report(JobRepository jobs, RepositoryOperations repositories) {
            Step write = new StepBuilder("write", jobs).tasklet((contribution, chunk) -> {
                String writtenOn = BranchRedirects.resolve("sales", "main");
                repositories.repository("sales")
                    .branch("main")
                    .object("report.txt")
                    .upload("written on " + writtenOn.substring(0, "batch-report-".length()));
                return RepeatStatus.FINISHED;
            }).build();
            return new JobBuilder("report", jobs).start(write).build();
        }

    }

    @Configuration(proxyBeanMethods = false)
    static class UnnamedRepositoryJob {

        @Bean
        @LakeFSJob
        Job unnamed(JobRepository jobs) {
            return new JobBuilder("unnamed", jobs)
                .start(new StepBuilder("nothing", jobs).tasklet((contribution, chunk) -> RepeatStatus.FINISHED).build())
                .build();
        }

    }

}
