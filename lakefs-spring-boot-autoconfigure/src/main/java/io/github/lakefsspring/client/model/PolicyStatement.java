package io.github.lakefsspring.client.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One statement of a lakeFS policy.
 *
 * @param effect {@code allow} or {@code deny}
 * @param resource the resource ARN pattern, such as {@code arn:lakefs:fs:::repository/sales/*}
 * @param action the actions, such as {@code fs:ReadObject}
 * @param condition conditions by operator, then field, then allowed values; {@code null} for none
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyStatement(@JsonProperty("effect") String effect, @JsonProperty("resource") String resource,
        @JsonProperty("action") List<String> action,
        @JsonProperty("condition") @Nullable Map<String, Map<String, List<String>>> condition) {

    public PolicyStatement {
        action = (action != null) ? List.copyOf(action) : List.of();
    }

    /**
     * @param resource the resource pattern
     * @param actions the actions
     * @return a statement allowing them
     */
    public static PolicyStatement allow(String resource, String... actions) {
        return new PolicyStatement("allow", resource, List.of(actions), null);
    }

    /**
     * @param resource the resource pattern
     * @param actions the actions
     * @return a statement denying them
     */
    public static PolicyStatement deny(String resource, String... actions) {
        return new PolicyStatement("deny", resource, List.of(actions), null);
    }

}
