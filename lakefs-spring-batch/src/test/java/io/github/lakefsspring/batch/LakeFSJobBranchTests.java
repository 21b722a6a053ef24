package io.github.lakefsspring.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.builder.FlatFileItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;

import io.github.lakefsspring.client.model.Commit;
import io.github.lakefsspring.client.model.ObjectStats;
import io.github.lakefsspring.core.Branch;
import io.github.lakefsspring.core.ListOptions;
import io.github.lakefsspring.core.LogOptions;
import io.github.lakefsspring.core.MergeVerdict;
import io.github.lakefsspring.core.ObjectListOptions;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.test.repository.LakeFSTestRepository;
import io.github.lakefsspring.test.repository.TestRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Jobs on lakeFS job branches, over real HTTP: a completed job lands once, a failed one leaves the target branch
 * untouched and keeps its branch, a restart continues on that branch, and concurrent instances are isolated and
 * land whole or not at all.
 */
@SpringBootTest(classes = BatchTestApplication.class, properties = { "lakefs.lakectl.enabled=false",
        "lakefs.endpoint=${LAKEFS_IT_ENDPOINT:}", "lakefs.access-key-id=${LAKEFS_IT_ACCESS_KEY_ID:}",
        "lakefs.secret-access-key=${LAKEFS_IT_SECRET_ACCESS_KEY:}",
        "lakefs.test.namespace-prefix=${LAKEFS_IT_NAMESPACE_PREFIX:s3://lakefs-batch-tests/}" })
@LakeFSTestRepository
class LakeFSJobBranchTests {

    private static final String HEADER = "day,store,amount";

    @Autowired
    TestRepository repository;

    @Autowired
    RepositoryOperations repositories;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    JobRegistry jobRegistry;

    @Autowired
    PlatformTransactionManager transactionManager;

    private final AtomicInteger inventoryRuns = new AtomicInteger();

    @Test
    void aCompletedJobLandsOnceWithItsStepsAndInputs() throws Exception {
        Branch main = this.repository.branch("main");
        main.object("raw/a.csv").upload(HEADER + "\n2026-12-01,berlin,10.50\n2026-12-01,paris,7\n");
        main.object("raw/b.csv").upload(HEADER + "\n2026-12-02,berlin,3.25\n");
        String start = main.commit("raw sales").id();

        JobExecution execution = this.jobOperator.start(salesJob("cleanSales"), params("day", "2026-12-02"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(main.object("clean/part-00000.csv").readString())
            .isEqualTo(HEADER + "\n2026-12-01,BERLIN,10.50\n2026-12-01,PARIS,7\n");
        assertThat(main.object("clean/part-00001.csv").readString()).isEqualTo(HEADER + "\n2026-12-02,BERLIN,3.25\n");
        assertThat(main.object("inventory.txt").readString()).isEqualTo("raw/a.csv\nraw/b.csv\n");
        List<Commit> log = main.log(LogOptions.maxAmount(4)).toList();
        assertThat(log).extracting(Commit::message)
            .containsExactly(
                    "Merge job cleanSales (instance " + execution.getJobInstance().getInstanceId() + ", branch "
                            + branchOf(execution) + ")",
                    "Step clean of job cleanSales (instance " + execution.getJobInstance().getInstanceId() + ")",
                    "Step inventory of job cleanSales (instance " + execution.getJobInstance().getInstanceId() + ")",
                    "raw sales");
        assertThat(log.get(0).id())
            .isEqualTo(LakeFSJobBranch.mergeCommitOf(execution, this.repository.id(), "main"));
        assertThat(log.get(0).metadata()).containsEntry("lakefs.batch.job", "cleanSales")
            .containsEntry("lakefs.batch.param.day", "2026-12-02")
            .containsEntry("lakefs.batch.input." + this.repository.id() + "/main", start)
            .containsEntry("lakefs.batch.input." + this.repository.id() + "/main#rawSales", log.get(2).id());
        assertThat(log.get(1).metadata()).containsEntry("lakefs.batch.step", "clean")
            .containsEntry("lakefs.batch.read-count", "3")
            .containsEntry("lakefs.batch.write-count", "3");
        assertThat(branchIds()).containsExactly("main");
    }

    @Test
    void aFailedJobLeavesTheTargetUntouchedAndARestartContinuesOnItsBranch() throws Exception {
        Branch main = this.repository.branch("main");
        main.object("raw/a.csv").upload(HEADER + "\n2026-12-01,berlin,1\n2026-12-01,paris,2\n2026-12-01,rome,3\n");
        main.object("raw/b.csv").upload(HEADER + "\n2026-12-02,berlin,4\n2026-12-02,paris,n/a\n2026-12-02,rome,6\n");
        String before = main.commit("raw sales").id();
        Job job = salesJob("restartedSales");
        this.jobRegistry.register(job);

        JobExecution failed = this.jobOperator.start(job, params("day", "2026-12-02"));

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(main.commit().id()).as("nothing lands on main").isEqualTo(before);
        assertThat(main.object("clean/part-00000.csv").exists()).isFalse();
        String jobBranch = branchOf(failed);
        assertThat(branchIds()).containsExactlyInAnyOrder("main", jobBranch);
        Branch kept = this.repository.branch(jobBranch);
        assertThat(kept.object("inventory.txt").exists()).as("the completed step is kept").isTrue();
        assertThat(kept.object("clean/part-00001.csv").readString())
            .as("chunks written before the bad record are kept")
            .isEqualTo(HEADER + "\n2026-12-01,ROME,3\n2026-12-02,BERLIN,4\n");

        kept.object("raw/b.csv").upload(HEADER + "\n2026-12-02,berlin,4\n2026-12-02,paris,5\n2026-12-02,rome,6\n");
        kept.commit("Fix the amount of paris on 2026-12-02");
        JobExecution restarted = this.jobOperator.restart(failed);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(this.inventoryRuns).as("the completed step does not run again").hasValue(1);
        assertThat(branchOf(restarted)).isEqualTo(jobBranch);
        String clean = main.objects(ObjectListOptions.prefix("clean/"))
            .map((stats) -> main.object(stats.path()).readString().replace(HEADER + "\n", ""))
            .collect(Collectors.joining());
        assertThat(clean).isEqualTo("2026-12-01,BERLIN,1\n2026-12-01,PARIS,2\n2026-12-01,ROME,3\n"
                + "2026-12-02,BERLIN,4\n2026-12-02,PARIS,5\n2026-12-02,ROME,6\n");
        assertThat(main.log(LogOptions.maxAmount(20)).filter((commit) -> commit.message().startsWith("Merge job")))
            .hasSize(1);
        assertThat(branchIds()).containsExactly("main");
    }

    @Test
    void aRefusedMergeFailsTheJobAndKeepsItsBranch() throws Exception {
        Branch main = this.repository.branch("main");
        main.object("raw/a.csv").upload(HEADER + "\n2026-12-01,berlin,1\n");
        String before = main.commit("raw sales").id();
        LakeFSJobBranch gated = new LakeFSJobBranch(this.repositories, this.repository.id(), "main")
            .withValidator((candidate) -> MergeVerdict.reject("no sales on Sundays"));

        JobExecution execution = this.jobOperator.start(gated.applyTo(new JobBuilder("gated", this.jobRepository)
            .start(cleanStep())
            .build()), params("day", "2026-12-06"));

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(execution.getExitStatus().getExitDescription()).contains("no sales on Sundays");
        assertThat(main.commit().id()).isEqualTo(before);
        assertThat(this.repository.branch(branchOf(execution)).object("clean/part-00000.csv").exists()).isTrue();
    }

    @Test
    void aJobGetsJobBranchesOnce() {
        Job job = salesJob("twice");
        assertThatIllegalStateException()
            .isThrownBy(() -> new LakeFSJobBranch(this.repositories, this.repository.id(), "main").applyTo(job))
            .withMessageContaining("Job 'twice' already runs on lakeFS job branches (of " + this.repository.id()
                    + "/main)");
    }

    @Test
    void concurrentInstancesAreIsolatedAndLandWholeOrNotAtAll() throws Exception {
        Branch main = this.repository.branch("main");
        main.object("latest.txt").upload("none");
        String before = main.commit("base").id();
        int instances = 4;
        CountDownLatch allWritten = new CountDownLatch(instances);
        Map<Long, List<String>> seen = new ConcurrentHashMap<>();
        Step write = new StepBuilder("write", this.jobRepository).tasklet((contribution, chunk) -> {
            long run = chunk.getStepContext().getStepExecution().getJobParameters().getLong("run");
            Branch target = this.repository.branch("main");
            target.object("runs/" + run + ".txt").upload("run " + run);
            target.object("latest.txt").upload(Long.toString(run));
            allWritten.countDown();
            allWritten.await(60, TimeUnit.SECONDS);
            seen.put(run, target.objects(ObjectListOptions.prefix("runs/")).map(ObjectStats::path).toList());
            return RepeatStatus.FINISHED;
        }, this.transactionManager).build();
        Job job = new LakeFSJobBranch(this.repositories, this.repository.id(), "main")
            .applyTo(new JobBuilder("concurrent", this.jobRepository).start(write).build());

        ExecutorService pool = Executors.newFixedThreadPool(instances);
        List<Future<JobExecution>> runs = new ArrayList<>();
        for (long run = 1; run <= instances; run++) {
            JobParameters parameters = new JobParametersBuilder().addLong("run", run)
                .addString("repository", this.repository.id())
                .toJobParameters();
            runs.add(pool.submit(() -> this.jobOperator.start(job, parameters)));
        }
        List<JobExecution> executions = new ArrayList<>();
        for (Future<JobExecution> run : runs) {
            executions.add(run.get(120, TimeUnit.SECONDS));
        }
        pool.shutdown();

        seen.forEach((run, paths) -> assertThat(paths).as("run %d sees only its own data", run)
            .containsExactly("runs/" + run + ".txt"));
        List<JobExecution> landed = executions.stream()
            .filter((execution) -> execution.getStatus() == BatchStatus.COMPLETED)
            .toList();
        assertThat(landed).as("the first merge wins; the others conflict on latest.txt").hasSize(1);
        long winner = landed.get(0).getJobParameters().getLong("run");
        assertThat(main.objects(ObjectListOptions.prefix("runs/")).map(ObjectStats::path))
            .containsExactly("runs/" + winner + ".txt");
        assertThat(main.object("latest.txt").readString()).isEqualTo(Long.toString(winner));
        assertThat(main.commit().parents()).contains(before);
        executions.stream()
            .filter((execution) -> execution.getStatus() == BatchStatus.FAILED)
            .forEach((execution) -> {
                assertThat(execution.getExitStatus().getExitDescription()).contains("conflict");
                assertThat(this.repository.branch(branchOf(execution)).object("latest.txt").readString())
                    .isEqualTo(Long.toString(execution.getJobParameters().getLong("run")));
            });
    }

    private Job salesJob(String name) {
        Step inventory = new StepBuilder("inventory", this.jobRepository).tasklet((contribution, chunk) -> {
            this.inventoryRuns.incrementAndGet();
            Branch main = this.repository.branch("main");
            String paths = main.objects(ObjectListOptions.prefix("raw/"))
                .map((stats) -> stats.path() + "\n")
                .collect(Collectors.joining());
            main.object("inventory.txt").upload(paths);
            return RepeatStatus.FINISHED;
        }, this.transactionManager).build();
        return new LakeFSJobBranch(this.repositories, this.repository.id(), "main")
            .applyTo(new JobBuilder(name, this.jobRepository).start(inventory).next(cleanStep()).build());
    }

    private Step cleanStep() {
        FlatFileItemReader<String> lines = new FlatFileItemReaderBuilder<String>().name("lines")
            .linesToSkip(1)
            .lineMapper((line, number) -> line)
            .build();
        LakeFSItemReader<String> reader = LakeFSItemReaderBuilder.records(lines)
            .name("rawSales")
            .repositories(this.repositories)
            .repository(this.repository.id())
            .ref("main")
            .prefix("raw/")
            .build();
        LakeFSItemWriter<String> writer = LakeFSItemWriterBuilder.chunks("clean/", ".csv", (String line) -> line)
            .header(HEADER)
            .name("cleanSales")
            .repositories(this.repositories)
            .repository(this.repository.id())
            .branch("main")
            .build();
        return new StepBuilder("clean", this.jobRepository).<String, String>chunk(2)
            .transactionManager(this.transactionManager)
            .reader(reader)
            .processor(LakeFSJobBranchTests::clean)
            .writer(writer)
            .build();
    }

    private static String clean(String line) {
        String[] fields = line.split(",");
        try {
            new BigDecimal(fields[2]);
        }
        catch (NumberFormatException ex) {
            throw new IllegalArgumentException("Bad amount '" + fields[2] + "' in: " + line, ex);
        }
        return fields[0] + "," + fields[1].toUpperCase() + "," + fields[2];
    }

    /** The job's parameters; the repository tells apart the instances of the test methods. */
    private JobParameters params(String name, String value) {
        return new JobParametersBuilder().addString(name, value)
            .addString("repository", this.repository.id())
            .toJobParameters();
    }

    private String branchOf(JobExecution execution) {
        String branch = LakeFSJobBranch.branchOf(execution, this.repository.id(), "main");
        assertThat(branch).startsWith(LakeFSJobBranch.PREFIX + execution.getJobInstance().getJobName() + "-"
                + execution.getJobInstance().getInstanceId() + "-");
        return branch;
    }

    private List<String> branchIds() {
        return this.repository.repository().allBranches(ListOptions.all()).map(Branch::id).toList();
    }

}
