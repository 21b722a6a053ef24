package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The lakeFS object (or byte range of it) a multipart upload part is copied from.
 *
 * @param repository the source repository
 * @param ref the source ref
 * @param path the source object
 * @param range an HTTP byte range such as {@code bytes=0-5242879}, or {@code null} for the whole object
 * @since 0.2.0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CopyPartSource(@JsonProperty("repository") String repository, @JsonProperty("ref") String ref,
        @JsonProperty("path") String path, @JsonProperty("range") @Nullable String range) {

}
