package io.github.lakefsspring.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A lakeFS access policy: statements allowing or denying actions on resources (lakeFS Enterprise; lakeFS open
 * source answers {@code 501}).
 *
 * @param id the policy id
 * @param creationDate when it was created, in Unix seconds, or {@code null} when sending one
 * @param statement its statements
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Policy(@JsonProperty("id") String id, @JsonProperty("creation_date") @Nullable Long creationDate,
        @JsonProperty("statement") List<PolicyStatement> statement) {

    public Policy {
        statement = (statement != null) ? List.copyOf(statement) : List.of();
    }

    /**
     * @param id the policy id
     * @param statements its statements
     * @return a policy to create or update
     */
    public static Policy of(String id, PolicyStatement... statements) {
        return new Policy(id, null, List.of(statements));
    }

}
