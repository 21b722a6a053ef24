package io.github.lakefsspring.provisioning;

/**
 * One difference between a declared repository and the server, and what provisioning does about it.
 *
 * @param repository the repository
 * @param action what is done
 * @param detail what exactly: for {@code CREATE_BRANCH} the branch name, otherwise a description for the log
 * @since 0.2.0
 */
public record ProvisioningStep(String repository, Action action, String detail) {

    /** @return whether applying the plan changes the server for this step */
    public boolean changes() {
        return this.action != Action.REPORT_DRIFT;
    }

    @Override
    public String toString() {
        return this.repository + ": " + this.action.description() + " " + this.detail;
    }

    /** What provisioning does about a difference. */
    public enum Action {

        /** Creates the repository. */
        CREATE_REPOSITORY("create repository"),

        /** Creates a branch from the default branch. */
        CREATE_BRANCH("create branch"),

        /** Adds a branch protection pattern. */
        PROTECT_BRANCHES("protect branches"),

        /** Removes a branch protection pattern that is not declared (only when pruning). */
        UNPROTECT_BRANCHES("unprotect branches"),

        /** Sets the garbage collection rules. */
        SET_GC_RULES("set garbage collection rules"),

        /** Sets metadata entries. */
        SET_METADATA("set metadata"),

        /** Removes metadata entries that are not declared (only when pruning). */
        DELETE_METADATA("delete metadata"),

        /** A difference provisioning does not change: it is logged. */
        REPORT_DRIFT("drift:");

        private final String description;

        Action(String description) {
            this.description = description;
        }

        /** @return the action as the log names it */
        public String description() {
            return this.description;
        }

    }

}
