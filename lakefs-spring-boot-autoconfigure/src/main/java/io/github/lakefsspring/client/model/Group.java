package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A lakeFS group of users (lakeFS Enterprise; lakeFS open source answers {@code 501}).
 *
 * @param id the group id
 * @param name its display name, or {@code null}
 * @param description its description, or {@code null}
 * @param creationDate when it was created, in Unix seconds
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Group(@JsonProperty("id") String id, @JsonProperty("name") @Nullable String name,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("creation_date") long creationDate) {

}
