package io.github.lakefsspring.sample;

import java.util.Map;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import io.github.lakefsspring.batch.LakeFSJobBranch;
import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.CreateRepositoryOptions;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.Repository;
import io.github.lakefsspring.core.RepositoryOperations;

/**
 * Runs the sales pipeline twice (profile {@code batch}): the first run stops on a bad record and lands nothing;
 * the record is corrected on the run's branch, and the restart continues there and lands on {@code main}.
 */
@Component
@Profile("batch")
class SalesPipelineRunner implements ApplicationRunner {

    private final RepositoryOperations repositories;

    private final BatchSampleProperties properties;

    private final JobOperator jobOperator;

    private final Job cleanSales;

    SalesPipelineRunner(RepositoryOperations repositories, BatchSampleProperties properties, JobOperator jobOperator,
            Job cleanSales) {
        this.repositories = repositories;
        this.properties = properties;
        this.jobOperator = jobOperator;
        this.cleanSales = cleanSales;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Printer printer = new Printer(System.out);
        Repository repository = this.repositories.repository(this.properties.repository())
            .create(this.properties.storageNamespace(), CreateRepositoryOptions.existOk());
        Branch main = repository.branch("main");
        main.object("raw/2026-12-01.csv").upload(SalesPipeline.HEADER + "\n2026-12-01,berlin,120.50\n"
                + "2026-12-01,paris,98\n2026-12-01,rome,77.25\n");
        main.object("raw/2026-12-02.csv").upload(SalesPipeline.HEADER + "\n2026-12-02,berlin,130\n"
                + "2026-12-02,paris,n/a\n2026-12-02,rome,80.75\n");
        String before = main.commit("Raw sales of 2026-12-01 and 2026-12-02").id();
        printer.line("Raw sales committed on main at " + before);

        JobParameters parameters = new JobParametersBuilder().addString("until", "2026-12-02").toJobParameters();
        JobExecution first = this.jobOperator.start(this.cleanSales, parameters);
        String jobBranch = LakeFSJobBranch.branchOf(first, repository.id(), "main");
        printer.line("Run 1 of cleanSales: " + first.getStatus() + " (" + badRecord(first) + ")");
        printer.line("main is still at " + main.commit().id() + "; the run's work is kept on branch " + jobBranch);

        Branch kept = repository.branch(jobBranch);
        kept.object("raw/2026-12-02.csv").upload(SalesPipeline.HEADER + "\n2026-12-02,berlin,130\n"
                + "2026-12-02,paris,101.40\n2026-12-02,rome,80.75\n");
        kept.commit("Correct the amount of paris on 2026-12-02");
        printer.line("Corrected raw/2026-12-02.csv on branch " + jobBranch + "; restarting");

        JobExecution restart = this.jobOperator.restart(first);
        printer.line("Run 2 of cleanSales (restart): " + restart.getStatus());
        Commit merge = main.commit();
        printer.line("main is at merge commit " + LakeFSJobBranch.mergeCommitOf(restart, repository.id(), "main") + ": "
                + merge.message());
        merge.metadata()
            .entrySet()
            .stream()
            .filter((entry) -> entry.getKey().startsWith("lakefs.batch.input."))
            .sorted(Map.Entry.comparingByKey())
            .forEach((entry) -> printer.line("  " + entry.getKey() + " = " + entry.getValue()));
        main.objects(ObjectListOptions.prefix("clean/")).forEach((stats) -> {
            printer.line(stats.path() + ":");
            main.object(stats.path()).readString().lines().forEach((line) -> printer.line("  " + line));
        });
    }

    /** The processor's complaint, under Spring Batch's own wrapping. */
    private static String badRecord(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof IllegalArgumentException) {
                    return cause.getMessage();
                }
            }
        }
        return "no bad record";
    }

}
