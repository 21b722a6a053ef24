package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Why one path of a bulk deletion failed.
 *
 * @param path the path
 * @param statusCode the HTTP status the deletion of that path would have had
 * @param message the server's message
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObjectError(@JsonProperty("path") String path, @JsonProperty("status_code") int statusCode,
        @JsonProperty("message") String message) {

}
