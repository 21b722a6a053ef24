package io.github.lakefsspring.embedded.store;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A commit log query, newest first.
 *
 * @param after only commits after this commit id in log order ({@code ""} for the start)
 * @param amount the page size, 1..1000
 * @param objects keep only commits that changed one of these exact paths (empty: no filter)
 * @param prefixes keep only commits that changed a path under one of these prefixes (empty: no filter)
 * @param limit stop after {@code amount} matches and report no more pages
 * @param firstParent follow only first parents
 * @param since stop before commits older than this, or null
 * @param stopAt a ref whose commit is the last one returned (inclusive), or null
 */
public record LogQuery(String after, int amount, List<String> objects, List<String> prefixes, boolean limit,
        boolean firstParent, @Nullable Instant since, @Nullable String stopAt) {

    public LogQuery {
        objects = List.copyOf(objects);
        prefixes = List.copyOf(prefixes);
    }
}
