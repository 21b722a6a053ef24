package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a diff: a path and how it differs.
 *
 * @param type how it differs
 * @param path the path
 * @param pathType an object, or with a delimiter a common prefix
 * @param sizeBytes the size of the object on the right side, when known
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Change(@JsonProperty("type") ChangeType type, @JsonProperty("path") String path,
        @JsonProperty("path_type") PathType pathType, @JsonProperty("size_bytes") @Nullable Long sizeBytes) {

    public Change {
        type = (type != null) ? type : ChangeType.UNKNOWN;
        pathType = (pathType != null) ? pathType : PathType.OBJECT;
    }

}
