package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a diff: a path and how it differs.
 *
 * @param type {@code added}, {@code removed}, {@code changed}, {@code conflict} or {@code prefix_changed}
 * @param path the path
 * @param pathType {@code object} or {@code common_prefix}
 * @param sizeBytes the size of the object on the right side, when known
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Change(@JsonProperty("type") String type, @JsonProperty("path") String path,
        @JsonProperty("path_type") String pathType, @JsonProperty("size_bytes") @Nullable Long sizeBytes) {

    public Change {
        pathType = (pathType != null) ? pathType : "object";
    }

}
