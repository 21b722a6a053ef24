package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a page of a listing stands.
 *
 * @param hasMore whether another page follows
 * @param nextOffset the value to pass as {@code after} for the next page
 * @param results how many results this page holds
 * @param maxPerPage the largest page the server serves
 * @since 0.1.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Pagination(@JsonProperty("has_more") boolean hasMore, @JsonProperty("next_offset") String nextOffset,
        @JsonProperty("results") int results, @JsonProperty("max_per_page") int maxPerPage) {

    public Pagination {
        nextOffset = (nextOffset != null) ? nextOffset : "";
    }

    /** How Jackson makes a pagination: as soon as it is read, a {@link PaginationWatch} is told. */
    @JsonCreator
    static Pagination read(@JsonProperty("has_more") boolean hasMore, @JsonProperty("next_offset") String nextOffset,
            @JsonProperty("results") int results, @JsonProperty("max_per_page") int maxPerPage) {
        Pagination pagination = new Pagination(hasMore, nextOffset, results, maxPerPage);
        PaginationWatch.read(pagination);
        return pagination;
    }

}
