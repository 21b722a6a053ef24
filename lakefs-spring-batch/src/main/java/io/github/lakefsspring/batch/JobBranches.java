package io.github.lakefsspring.batch;

import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;

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
        StepContext step = StepSynchronizationManager.getContext();
        if (step == null) {
            return branch;
        }
        String jobBranch = step.getStepExecution()
            .getJobExecution()
            .getExecutionContext()
            .getString(JobContextKeys.branch(repository, branch), null);
        return (jobBranch != null) ? jobBranch : branch;
    }

}
