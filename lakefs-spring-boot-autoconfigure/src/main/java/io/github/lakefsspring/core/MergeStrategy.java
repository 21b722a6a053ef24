package io.github.lakefsspring.core;

/**
 * How a merge resolves a path changed on both sides since the merge base.
 *
 * @since 0.1.0
 */
public enum MergeStrategy {

    /** Keep the destination branch's version ({@code dest-wins}). */
    DESTINATION_WINS("dest-wins"),

    /** Take the source's version ({@code source-wins}). */
    SOURCE_WINS("source-wins");

    private final String wireName;

    MergeStrategy(String wireName) {
        this.wireName = wireName;
    }

    /** @return lakeFS's name for the strategy */
    public String wireName() {
        return this.wireName;
    }

}
