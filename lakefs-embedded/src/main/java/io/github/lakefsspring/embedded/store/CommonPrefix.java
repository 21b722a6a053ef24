package io.github.lakefsspring.embedded.store;

/**
 * A group of paths sharing a prefix up to and including the delimiter.
 *
 * @param path the prefix, ending with the delimiter
 */
public record CommonPrefix(String path) implements ListingItem {
}
