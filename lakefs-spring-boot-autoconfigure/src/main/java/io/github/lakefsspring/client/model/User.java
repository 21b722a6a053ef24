package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The user the client's credentials belong to.
 *
 * @param id the user id
 * @param creationDate when the user was created, in Unix seconds
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(@JsonProperty("id") String id, @JsonProperty("creation_date") long creationDate) {

}
