package io.github.lakefsspring.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What an observation of a lakeFS call knows: the operation, its method and target, and, once it ends, its status
 * and outcome.
 *
 * @since 0.1.0
 */
public class LakeFSClientObservationContext extends Observation.Context {

    private final String operation;

    private final String method;

    private final @Nullable String repository;

    private final @Nullable String branch;

    private int status;

    private @Nullable String outcome;

    /**
     * @param operation lakeFS's operation id
     * @param method the HTTP method
     * @param repository the repository addressed, or null
     * @param branch the branch or ref addressed, or null
     */
    public LakeFSClientObservationContext(String operation, String method, @Nullable String repository,
            @Nullable String branch) {
        this.operation = operation;
        this.method = method;
        this.repository = repository;
        this.branch = branch;
    }

    public String getOperation() {
        return this.operation;
    }

    public String getMethod() {
        return this.method;
    }

    public @Nullable String getRepository() {
        return this.repository;
    }

    public @Nullable String getBranch() {
        return this.branch;
    }

    /** @return the last HTTP status, or 0 when none was received */
    public int getStatus() {
        return this.status;
    }

    public void setStatus(int status) {
        this.status = status;
    }

    /** @return how the call ended, or null while it runs */
    public @Nullable String getOutcome() {
        return this.outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

}
