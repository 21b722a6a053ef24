package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a listed or diffed path is: an object, or with a delimiter, a common prefix standing for everything under
 * it. lakeFS's wire names are {@code object} and {@code common_prefix} ({@link #wireName()}).
 *
 * @since 0.1.0
 */
public enum PathType {

    /** An object. */
    OBJECT("object"),

    /** A common prefix, ending in the delimiter. */
    COMMON_PREFIX("common_prefix");

    private final String wireName;

    PathType(String wireName) {
        this.wireName = wireName;
    }

    /** @return the name lakeFS uses */
    @JsonValue
    public String wireName() {
        return this.wireName;
    }

    /**
     * @param wireName the name lakeFS uses
     * @return the path type; anything but {@code common_prefix} is an object
     */
    @JsonCreator
    public static PathType fromWireName(String wireName) {
        return COMMON_PREFIX.wireName.equals(wireName) ? COMMON_PREFIX : OBJECT;
    }

    @Override
    public String toString() {
        return this.wireName;
    }

}
