package io.github.lakefsspring.batch;

/**
 * The keys under which the lakeFS integration keeps its state in a job execution context, so that a restart
 * finds the branch of its job instance and a run can be replayed on the commits it read.
 */
final class JobContextKeys {

    private static final String BRANCH = "lakefs.branch:";

    private static final String MERGE_COMMIT = "lakefs.merge-commit:";

    static final String INPUT = "lakefs.input:";

    private JobContextKeys() {
    }

    /** The job branch that stands for a target branch. */
    static String branch(String repository, String targetBranch) {
        return BRANCH + repository + "/" + targetBranch;
    }

    /** The commit a ref of a repository was read at. */
    static String input(String repository, String ref) {
        return INPUT + repository + "/" + ref;
    }

    /** The merge commit that landed the job on its target branch. */
    static String mergeCommit(String repository, String targetBranch) {
        return MERGE_COMMIT + repository + "/" + targetBranch;
    }

}
