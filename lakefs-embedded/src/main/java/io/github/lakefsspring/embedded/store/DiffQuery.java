package io.github.lakefsspring.embedded.store;

/**
 * Which differences to list.
 *
 * @param page prefix, after (exclusive path) and amount
 * @param delimiter groups paths into common prefixes when non-empty
 * @param twoDot direct comparison of the two trees; false (the default) is three-dot: changes on the
 *        right since its merge base with the left
 * @param includeRightStats whether to fill {@link Change#right()}
 */
public record DiffQuery(PageRequest page, String delimiter, boolean twoDot, boolean includeRightStats) {
}
