package io.github.lakefsspring.embedded.store;

/**
 * One item of an object listing: an object, or a common prefix when listing with a delimiter.
 */
public sealed interface ListingItem permits ObjectEntry, CommonPrefix {

    /**
     * The item's path; a common prefix ends with the delimiter.
     * @return the path
     */
    String path();
}
