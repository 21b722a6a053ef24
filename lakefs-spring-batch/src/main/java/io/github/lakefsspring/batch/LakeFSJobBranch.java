package io.github.lakefsspring.batch;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.ListableStepLocator;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.github.lakefsspring.client.NoChangesException;
import io.github.lakefsspring.client.NotFoundException;
import io.github.lakefsspring.core.BranchRedirects;
import io.github.lakefsspring.core.LakeFSMergeValidator;
import io.github.lakefsspring.core.LakeFSNames;
import io.github.lakefsspring.core.MergeStrategy;
import io.github.lakefsspring.core.RepositoryOperations;
import io.github.lakefsspring.core.TransactionOptions;
import io.github.lakefsspring.core.TransactionResult;

/**
 * Runs every instance of a Spring Batch job on a lakeFS branch of its own, so that a pipeline lands whole or not at
 * all: the branch ({@code batch-<job>-<instance id>-<time>}) is created from the target branch when the instance
 * first starts; while a step runs, every operation its thread makes on the target branch through the high-level
 * API, {@code lakefs://} resources, {@link LakeFSItemReader} and {@link LakeFSItemWriter} goes to the job branch;
 * each step that completes is committed there (step name, read, write, filter and skip counts and the job
 * parameters as commit metadata); when the job completes, the merge gates run and the branch is merged into the
 * target branch and deleted. A job that fails or stops leaves the target branch untouched and keeps its branch,
 * for inspection and for a restart, which continues on the same branch. A merge that conflicts or is refused
 * fails the job (restarting it retries the merge).
 *
 * <p>The job execution context records the branch, the commit of the target branch it started from and the
 * commits every {@link LakeFSItemReader} read; the merge commit carries them as metadata
 * ({@code lakefs.batch.input.<repository>/<ref>}), so a run can be replayed on exactly the data it read.
 *
 * <pre>{@code
 * Job job = new LakeFSJobBranch(repositories, "lake", "main")
 *         .applyTo(new JobBuilder("cleanSales", jobRepository).start(clean).next(summarize).build());
 * }</pre>
 *
 * <p>Register one instance with the job and with each of its steps ({@link #applyTo(Job)} does both, as does
 * {@link LakeFSJob @LakeFSJob} on a job bean). It keeps no state of its own: one instance serves concurrent job
 * executions.
 *
 * @since 0.1.0
 */
public class LakeFSJobBranch implements JobExecutionListener, StepExecutionListener {

    /** What the names of job branches start with. */
    public static final String PREFIX = "batch-";

    private static final Log logger = LogFactory.getLog(LakeFSJobBranch.class);

    private static final int MAX_JOB_NAME_LENGTH = 80;

    /** The jobs job branches were applied to, and for which target: applying twice would branch twice. */
    private static final Map<Job, String> APPLIED = Collections.synchronizedMap(new WeakHashMap<>());

    private final RepositoryOperations repositories;

    private final String repository;

    private final String targetBranch;

    private final TransactionOptions merge;

    private final ConcurrentMap<Long, BranchRedirects.Scope> redirects = new ConcurrentHashMap<>();

    /**
     * Job branches from a target branch, merged back with the repository template's merge gates.
     * @param repositories the high-level API
     * @param repository the repository id
     * @param targetBranch the branch jobs read from and land on
     */
    public LakeFSJobBranch(RepositoryOperations repositories, String repository, String targetBranch) {
        this(repositories, repository, targetBranch,
                TransactionOptions.commitMessage("Last changes").withDeleteBranchOnError(false));
    }

    private LakeFSJobBranch(RepositoryOperations repositories, String repository, String targetBranch,
            TransactionOptions merge) {
        this.repositories = repositories;
        this.repository = LakeFSNames.requireRepositoryId(repository);
        this.targetBranch = LakeFSNames.requireBranchId(targetBranch);
        this.merge = merge;
    }

    /**
     * @param validator a merge gate for these jobs, run after the repository template's own
     * @return a copy with the gate
     */
    public LakeFSJobBranch withValidator(LakeFSMergeValidator validator) {
        return new LakeFSJobBranch(this.repositories, this.repository, this.targetBranch,
                this.merge.withValidator(validator));
    }

    /**
     * @param strategy how the final merge resolves paths changed on both sides, instead of failing the job
     * @return a copy with the strategy
     */
    public LakeFSJobBranch withStrategy(@Nullable MergeStrategy strategy) {
        return new LakeFSJobBranch(this.repositories, this.repository, this.targetBranch,
                this.merge.withStrategy(strategy));
    }

    /**
     * Registers this listener with a job and with every step it can name.
     * @param <J> the job's type
     * @param job a job built by Spring Batch's builders ({@link AbstractJob})
     * @return the job
     */
    public <J extends Job> J applyTo(J job) {
        if (!(job instanceof AbstractJob abstractJob)) {
            throw new IllegalArgumentException("Job '" + job.getName() + "' is a " + job.getClass().getName()
                    + ": a lakeFS job branch can register only with an AbstractJob (what JobBuilder builds); "
                    + "register it as a job and step listener yourself");
        }
        String target = this.repository + "/" + this.targetBranch;
        String previous = APPLIED.putIfAbsent(job, target);
        if (previous != null) {
            throw new IllegalStateException("Job '" + job.getName() + "' already runs on lakeFS job branches (of "
                    + previous + "): apply LakeFSJobBranch once, either with @LakeFSJob or with applyTo");
        }
        abstractJob.registerJobExecutionListener(this);
        if (job instanceof ListableStepLocator steps) {
            for (String name : steps.getStepNames()) {
                Step step = steps.getStep(name);
                if (step instanceof AbstractStep abstractStep) {
                    abstractStep.registerStepExecutionListener(this);
                }
                else {
                    logger.warn("Step '" + name + "' of job '" + job.getName() + "' is not an AbstractStep: its "
                            + "writes are not redirected to the job branch and it is not committed on its own");
                }
            }
        }
        return job;
    }

    /** @return the repository id */
    public String repository() {
        return this.repository;
    }

    /** @return the branch jobs land on */
    public String targetBranch() {
        return this.targetBranch;
    }

    /**
     * The branch a job execution runs on, as its execution context records it.
     * @param execution the job execution
     * @param repository the repository id
     * @param targetBranch the branch the job lands on
     * @return the job branch, or {@code null} before it exists
     */
    public static @Nullable String branchOf(JobExecution execution, String repository, String targetBranch) {
        return execution.getExecutionContext().getString(JobContextKeys.branch(repository, targetBranch), null);
    }

    /**
     * The commit that landed a job execution on its target branch, as its execution context records it.
     * @param execution the job execution
     * @param repository the repository id
     * @param targetBranch the branch the job lands on
     * @return the merge commit id, or {@code null} when nothing was merged (yet)
     */
    public static @Nullable String mergeCommitOf(JobExecution execution, String repository, String targetBranch) {
        return execution.getExecutionContext()
            .getString(JobContextKeys.mergeCommit(repository, targetBranch), null);
    }

    private @Nullable String jobBranch(JobExecution execution) {
        return branchOf(execution, this.repository, this.targetBranch);
    }

    @Override
    public void beforeJob(JobExecution execution) {
        ExecutionContext context = execution.getExecutionContext();
        String existing = jobBranch(execution);
        if (existing != null) {
            requireBranch(execution, existing);
            logger.info("Job '" + execution.getJobInstance().getJobName() + "' instance "
                    + execution.getJobInstance().getInstanceId() + " continues on lakeFS branch '" + existing + "'");
            return;
        }
        String branch = newBranchName(execution);
        String startCommit = this.repositories.client().branches().create(this.repository, branch, this.targetBranch,
                false);
        context.putString(JobContextKeys.branch(this.repository, this.targetBranch), branch);
        context.putString(JobContextKeys.input(this.repository, this.targetBranch), startCommit);
        logger.info("Job '" + execution.getJobInstance().getJobName() + "' instance "
                + execution.getJobInstance().getInstanceId() + " runs on lakeFS branch '" + branch + "' of repository '"
                + this.repository + "', from '" + this.targetBranch + "' at " + startCommit);
    }

    @Override
    public void beforeStep(StepExecution step) {
        String branch = jobBranch(step.getJobExecution());
        if (branch != null) {
            this.redirects.put(step.getId(), BranchRedirects
                .open(new BranchRedirects.Redirect(this.repository, this.targetBranch, branch)));
        }
    }

    @Override
    public @Nullable ExitStatus afterStep(StepExecution step) {
        BranchRedirects.Scope redirect = this.redirects.remove(step.getId());
        if (redirect != null) {
            redirect.close();
        }
        String branch = jobBranch(step.getJobExecution());
        if (branch == null || step.getStatus() != BatchStatus.COMPLETED) {
            return null;
        }
        try {
            this.repositories.client().branches().commit(this.repository, branch, stepCommitMessage(step),
                    stepMetadata(step), false);
        }
        catch (NoChangesException ex) {
            return null;
        }
        catch (RuntimeException ex) {
            step.setStatus(BatchStatus.FAILED);
            step.addFailureException(ex);
            return ExitStatus.FAILED.addExitDescription("Committing step '" + step.getStepName()
                    + "' on lakeFS branch '" + branch + "' failed: " + ex.getMessage());
        }
        return null;
    }

    @Override
    public void afterJob(JobExecution execution) {
        String branch = jobBranch(execution);
        if (branch == null) {
            return;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            logger.info("Job '" + execution.getJobInstance().getJobName() + "' instance "
                    + execution.getJobInstance().getInstanceId() + " ended " + execution.getStatus() + ": branch '"
                    + this.targetBranch + "' is unchanged; its work is kept on branch '" + branch
                    + "' for inspection and for a restart");
            return;
        }
        try {
            TransactionResult result = this.repositories.repository(this.repository)
                .branch(this.targetBranch)
                .resumeTransaction(branch, this.merge.withMerge(mergeMessage(execution, branch),
                        mergeMetadata(execution)))
                .complete();
            if (result.mergeCommitId() != null) {
                execution.getExecutionContext()
                    .putString(JobContextKeys.mergeCommit(this.repository, this.targetBranch), result.mergeCommitId());
            }
        }
        catch (RuntimeException ex) {
            logger.warn("Job '" + execution.getJobInstance().getJobName() + "' instance "
                    + execution.getJobInstance().getInstanceId() + " did not land on branch '" + this.targetBranch
                    + "': " + ex.getMessage());
            execution.setStatus(BatchStatus.FAILED);
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription(ex));
            execution.addFailureException(ex);
        }
    }

    private void requireBranch(JobExecution execution, String branch) {
        try {
            this.repositories.client().branches().get(this.repository, branch);
        }
        catch (NotFoundException ex) {
            throw new IllegalStateException("Job '" + execution.getJobInstance().getJobName() + "' instance "
                    + execution.getJobInstance().getInstanceId() + " cannot restart: its lakeFS branch '" + branch
                    + "' of repository '" + this.repository + "' no longer exists; start a new job instance", ex);
        }
    }

    static String newBranchName(JobExecution execution) {
        String job = execution.getJobInstance().getJobName().replaceAll("[^A-Za-z0-9_-]", "-");
        if (job.length() > MAX_JOB_NAME_LENGTH) {
            job = job.substring(0, MAX_JOB_NAME_LENGTH);
        }
        return PREFIX + job + "-" + execution.getJobInstance().getInstanceId() + "-"
                + Long.toString(Instant.now().toEpochMilli(), 36);
    }

    private static String stepCommitMessage(StepExecution step) {
        return "Step " + step.getStepName() + " of job " + step.getJobExecution().getJobInstance().getJobName()
                + " (instance " + step.getJobExecution().getJobInstance().getInstanceId() + ")";
    }

    private static Map<String, String> stepMetadata(StepExecution step) {
        Map<String, String> metadata = jobMetadata(step.getJobExecution());
        metadata.put("lakefs.batch.step", step.getStepName());
        metadata.put("lakefs.batch.read-count", Long.toString(step.getReadCount()));
        metadata.put("lakefs.batch.write-count", Long.toString(step.getWriteCount()));
        metadata.put("lakefs.batch.filter-count", Long.toString(step.getFilterCount()));
        metadata.put("lakefs.batch.skip-count", Long.toString(step.getSkipCount()));
        return metadata;
    }

    private static String mergeMessage(JobExecution execution, String branch) {
        return "Merge job " + execution.getJobInstance().getJobName() + " (instance "
                + execution.getJobInstance().getInstanceId() + ", branch " + branch + ")";
    }

    private static Map<String, String> mergeMetadata(JobExecution execution) {
        Map<String, String> metadata = jobMetadata(execution);
        execution.getExecutionContext().entrySet().forEach((entry) -> {
            if (entry.getKey().startsWith(JobContextKeys.INPUT)) {
                metadata.put("lakefs.batch.input." + entry.getKey().substring(JobContextKeys.INPUT.length()),
                        String.valueOf(entry.getValue()));
            }
        });
        return metadata;
    }

    private static Map<String, String> jobMetadata(JobExecution execution) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("lakefs.batch.job", execution.getJobInstance().getJobName());
        metadata.put("lakefs.batch.job-instance", Long.toString(execution.getJobInstance().getInstanceId()));
        metadata.put("lakefs.batch.job-execution", Long.toString(execution.getId()));
        for (JobParameter<?> parameter : execution.getJobParameters()) {
            metadata.put("lakefs.batch.param." + parameter.name(), String.valueOf(parameter.value()));
        }
        return metadata;
    }

    @Override
    public String toString() {
        return "LakeFSJobBranch[" + this.repository + "/" + this.targetBranch + "]";
    }

}
