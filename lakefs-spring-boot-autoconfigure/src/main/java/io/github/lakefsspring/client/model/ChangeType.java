package io.github.lakefsspring.client.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a path differs in a diff, as lakeFS names it on the wire ({@link #wireName()}). A kind a newer lakeFS adds
 * reads as {@link #UNKNOWN} rather than failing the listing.
 *
 * @since 0.1.0
 */
public enum ChangeType {

    /** The path exists only on the right side. */
    ADDED("added"),

    /** The path exists only on the left side. */
    REMOVED("removed"),

    /** The path exists on both sides with different content. */
    CHANGED("changed"),

    /** Both sides changed the path (a merge's conflict). */
    CONFLICT("conflict"),

    /** Something under a common prefix changed (a diff with a delimiter). */
    PREFIX_CHANGED("prefix_changed"),

    /** A kind this client does not know. */
    UNKNOWN("unknown");

    private final String wireName;

    ChangeType(String wireName) {
        this.wireName = wireName;
    }

    /** @return the name lakeFS uses, e.g. {@code added} */
    @JsonValue
    public String wireName() {
        return this.wireName;
    }

    /**
     * @param wireName the name lakeFS uses
     * @return the change type, or {@link #UNKNOWN}
     */
    @JsonCreator
    public static ChangeType fromWireName(String wireName) {
        for (ChangeType type : values()) {
            if (type.wireName.equals(wireName)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    @Override
    public String toString() {
        return this.wireName;
    }

}
