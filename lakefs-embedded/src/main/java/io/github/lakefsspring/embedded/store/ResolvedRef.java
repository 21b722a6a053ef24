package io.github.lakefsspring.embedded.store;

import org.jspecify.annotations.Nullable;

/**
 * A ref expression resolved to what reads through it see.
 *
 * @param commitId the commit the expression names (for a branch: its head)
 * @param branch the branch when the expression is a plain branch name or {@code branch@}/{@code branch$},
 *        else null
 * @param includesStaging whether reads see the branch's staging area (a plain branch name, or
 *        {@code branch$}); false for {@code branch@}, commits, tags and modified refs
 */
public record ResolvedRef(String commitId, @Nullable String branch, boolean includesStaging) {
}
