package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where an import stands.
 *
 * @param completed whether it finished and committed
 * @param updateTime when it last progressed (RFC 3339)
 * @param ingestedObjects how many objects it has ingested
 * @param metaRangeId the tree it built, once done
 * @param commit the commit it made, once done
 * @param error why it failed, or {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportStatus(@JsonProperty("completed") boolean completed,
        @JsonProperty("update_time") @Nullable String updateTime,
        @JsonProperty("ingested_objects") long ingestedObjects,
        @JsonProperty("metarange_id") @Nullable String metaRangeId, @JsonProperty("commit") @Nullable Commit commit,
        @JsonProperty("error") @Nullable ImportError error) {

    /**
     * Why an import failed.
     *
     * @param message the server's message
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ImportError(@JsonProperty("message") String message) {

    }

}
