package io.github.lakefsspring.batch;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.github.lakefsspring.core.BranchRedirects;

/**
 * Where a reader or writer of a running step finds the branch it really works on: the transaction or job branch
 * redirected on this thread, else the job branch recorded in the running job's execution context (for threads
 * the redirect does not reach: partitions, multi-threaded steps), else the branch itself.
 */
final class JobBranches {

    private JobBranches() {
    }

    static String resolve(String repository, String branch) {
        String redirected = BranchRedirects.resolve(repository, branch);
        if (!redirected.equals(branch)) {
            return redirected;
        }
        ExecutionContext job = runningJobContext();
        String jobBranch = (job != null) ? job.getString(JobContextKeys.branch(repository, branch), null) : null;
        return (jobBranch != null) ? jobBranch : branch;
    }

    /** @return the execution context of the job whose step runs on this thread, if one does */
    static @Nullable ExecutionContext runningJobContext() {
        StepContext step = StepSynchronizationManager.getContext();
        return (step != null) ? step.getStepExecution().getJobExecution().getExecutionContext() : null;
    }

}
