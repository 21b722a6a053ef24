package io.github.lakefsspring.embedded.store;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a listing, in lakeFS's pagination shape.
 *
 * @param results the items of this page, in byte-lexicographic order (commit logs: newest first)
 * @param hasMore whether items follow this page
 * @param nextOffset the key of the last item when {@code hasMore}, else {@code ""}
 * @param <T> the item type
 */
public record Page<T>(List<T> results, boolean hasMore, String nextOffset) {

    public Page {
        results = List.copyOf(results);
    }

    /**
     * Builds a page from up to {@code amount + 1} items read in order: the extra item only says
     * that more follow.
     */
    public static <T> Page<T> of(List<T> readAhead, int amount, Function<T, String> key) {
        if (readAhead.size() > amount) {
            List<T> page = readAhead.subList(0, amount);
            return new Page<>(page, true, key.apply(page.get(page.size() - 1)));
        }
        return new Page<>(readAhead, false, "");
    }
}
