package io.github.lakefsspring.embedded.store;

import org.jspecify.annotations.Nullable;

/**
 * One difference between two trees, or between a branch's head and its staging area.
 *
 * @param type what happened to the path
 * @param path the object path, or a common prefix ending with the delimiter
 * @param commonPrefix whether {@code path} is a common prefix (only when diffing with a delimiter)
 * @param sizeBytes the object's size on the right side, null for prefixes and removals
 * @param right the object on the right side, null for prefixes and removals
 */
public record Change(ChangeType type, String path, boolean commonPrefix, @Nullable Long sizeBytes,
        @Nullable ObjectEntry right) {

    /** The kinds of difference lakeFS reports, by their wire names. */
    public enum ChangeType {
        ADDED("added"), REMOVED("removed"), CHANGED("changed"), CONFLICT("conflict"),
        PREFIX_CHANGED("prefix_changed");

        private final String wireName;

        ChangeType(String wireName) {
            this.wireName = wireName;
        }

        /** @return the name lakeFS uses in JSON */
        public String wireName() {
            return wireName;
        }
    }
}
