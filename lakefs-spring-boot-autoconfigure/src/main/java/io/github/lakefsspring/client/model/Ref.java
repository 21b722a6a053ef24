package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A named ref, a branch or a tag, and the commit it points at.
 *
 * @param id the branch or tag name
 * @param commitId the commit it points at
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Ref(@JsonProperty("id") String id, @JsonProperty("commit_id") String commitId) {

}
