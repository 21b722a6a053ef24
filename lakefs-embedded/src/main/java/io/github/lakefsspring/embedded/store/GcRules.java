package io.github.lakefsspring.embedded.store;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * A repository's garbage collection rules, stored and returned (the embedded server collects no garbage).
 *
 * @param defaultRetentionDays how long objects stay after they stop being referenced
 * @param branchRetentionDays per-branch retention, overriding the default
 */
public record GcRules(int defaultRetentionDays, TreeMap<String, Integer> branchRetentionDays) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public GcRules(int defaultRetentionDays, Map<String, Integer> branchRetentionDays) {
        this(defaultRetentionDays, new TreeMap<>(branchRetentionDays));
    }

}
