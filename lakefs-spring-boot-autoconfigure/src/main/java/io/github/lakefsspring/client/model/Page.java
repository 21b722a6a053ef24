package io.github.lakefsspring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a listing.
 *
 * @param <T> the type of the results
 * @param results the results on this page
 * @param pagination where the page stands
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Page<T>(@JsonProperty("results") List<T> results, @JsonProperty("pagination") Pagination pagination) {

    public Page {
        results = (results != null) ? List.copyOf(results) : List.of();
    }

}
