package io.github.lakefsspring.client.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A lakeFS repository's properties.
 *
 * @param id the repository id
 * @param creationDate when it was created, in Unix seconds
 * @param defaultBranch its default branch
 * @param storageNamespace where its objects are stored
 * @param readOnly whether it refuses changes
 * @param storageId the storage it uses on a multi-storage server, or empty
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Repository(@JsonProperty("id") String id, @JsonProperty("creation_date") long creationDate,
        @JsonProperty("default_branch") String defaultBranch,
        @JsonProperty("storage_namespace") String storageNamespace, @JsonProperty("read_only") boolean readOnly,
        @JsonProperty("storage_id") @Nullable String storageId) {

    /** @return when it was created */
    public Instant createdAt() {
        return Instant.ofEpochSecond(this.creationDate);
    }

}
