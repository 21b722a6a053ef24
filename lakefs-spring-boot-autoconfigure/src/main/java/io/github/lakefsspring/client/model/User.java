package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A lakeFS user.
 *
 * @param id the user id
 * @param creationDate when the user was created, in Unix seconds
 * @param friendlyName a display name, or {@code null}
 * @param email an email address, or {@code null}
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record User(@JsonProperty("id") String id, @JsonProperty("creation_date") long creationDate,
        @JsonProperty("friendly_name") @Nullable String friendlyName, @JsonProperty("email") @Nullable String email) {

}
