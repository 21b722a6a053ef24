package io.github.lakefsspring.client.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The progress of a refs dump or restore, which lakeFS runs in the background.
 *
 * @param id the task id
 * @param done whether it has finished (see {@code error})
 * @param updateTime when its status last changed
 * @param error why it failed, or {@code null}
 * @param refs what a finished dump wrote, or {@code null} (always for a restore)
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RefsTaskStatus(@JsonProperty("id") String id, @JsonProperty("done") boolean done,
        @JsonProperty("update_time") Instant updateTime, @JsonProperty("error") @Nullable String error,
        @JsonProperty("refs") @Nullable RefsDump refs) {

}
