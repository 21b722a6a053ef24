package io.github.lakefsspring.client.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How long lakeFS's garbage collection keeps objects that no longer belong to a branch's head.
 *
 * @param defaultRetentionDays the retention of every branch without a rule of its own
 * @param branches rules for particular branches (lakeFS sends none as {@code null}; read as empty)
 * @since 0.2.0
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GarbageCollectionRules(@JsonProperty("default_retention_days") int defaultRetentionDays,
        @JsonProperty("branches") @Nullable List<Rule> branches) {

    public GarbageCollectionRules {
        branches = (branches != null) ? List.copyOf(branches) : List.of();
    }

    /**
     * @param defaultRetentionDays the default retention
     * @param branchRetentionDays retention per branch id
     * @return the rules
     */
    public static GarbageCollectionRules of(int defaultRetentionDays, Map<String, Integer> branchRetentionDays) {
        return new GarbageCollectionRules(defaultRetentionDays, new TreeMap<>(branchRetentionDays).entrySet()
            .stream()
            .map((rule) -> new Rule(rule.getKey(), rule.getValue()))
            .toList());
    }

    /**
     * The retention of one branch.
     *
     * @param branchId the branch
     * @param retentionDays how many days its unreferenced objects are kept
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(@JsonProperty("branch_id") String branchId, @JsonProperty("retention_days") int retentionDays) {
    }

}
