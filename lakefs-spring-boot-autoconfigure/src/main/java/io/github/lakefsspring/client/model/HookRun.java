package io.github.lakefsspring.client.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One hook of an {@link ActionRun}.
 *
 * @param hookRunId its id within the run, e.g. {@code 0000_0000}
 * @param action the action's name
 * @param hookId the hook's id
 * @param status {@code completed}, {@code failed} or {@code skipped}
 * @param startTime when it started
 * @param endTime when it ended
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HookRun(@JsonProperty("hook_run_id") String hookRunId, @JsonProperty("action") String action,
        @JsonProperty("hook_id") String hookId, @JsonProperty("status") String status,
        @JsonProperty("start_time") @Nullable Instant startTime, @JsonProperty("end_time") @Nullable Instant endTime) {

    /** @return whether the hook failed */
    public boolean failed() {
        return "failed".equals(this.status);
    }

}
