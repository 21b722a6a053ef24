package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An access key of a lakeFS user, without its secret.
 *
 * @param accessKeyId the access key id
 * @param creationDate when it was created, in Unix seconds
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AccessKey(@JsonProperty("access_key_id") String accessKeyId,
        @JsonProperty("creation_date") long creationDate) {

}
