package io.github.lakefsspring.client.model;

import java.util.List;

/**
 * A repository's branch protection rules and their version.
 *
 * @param patterns the branch name patterns (lakeFS's globs, e.g. {@code main} or {@code release-*}) whose branches
 * refuse staging writes and commits; merges into them still work
 * @param etag the version to pass as {@code ifMatch} when replacing the rules, so that a concurrent change is not
 * overwritten; empty when there are no rules
 * @since 0.2.0
 */
public record BranchProtection(List<String> patterns, String etag) {

    public BranchProtection {
        patterns = List.copyOf(patterns);
    }

    /**
     * lakeFS's one rule for a pattern, checked before any request.
     * @param pattern a branch name pattern
     * @return the pattern
     * @throws IllegalArgumentException naming the pattern when it is empty
     */
    public static String requirePattern(String pattern) {
        if (pattern == null || pattern.isEmpty()) {
            throw new IllegalArgumentException("Branch protection pattern '" + pattern
                    + "' is invalid: it must not be empty");
        }
        return pattern;
    }

}
