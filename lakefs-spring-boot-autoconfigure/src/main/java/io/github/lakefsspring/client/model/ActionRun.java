package io.github.lakefsspring.client.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One run of lakeFS Actions: the hooks an event (a commit, a merge...) triggered.
 *
 * @param runId the run id
 * @param branch the branch of the event
 * @param eventType e.g. {@code pre-merge}
 * @param status {@code completed} or {@code failed}
 * @param commitId the commit of the event, or empty
 * @param startTime when it started
 * @param endTime when it ended
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionRun(@JsonProperty("run_id") String runId, @JsonProperty("branch") String branch,
        @JsonProperty("event_type") String eventType, @JsonProperty("status") String status,
        @JsonProperty("commit_id") @Nullable String commitId, @JsonProperty("start_time") @Nullable Instant startTime,
        @JsonProperty("end_time") @Nullable Instant endTime) {

    /** @return whether a hook of the run failed */
    public boolean failed() {
        return "failed".equals(this.status);
    }

}
