package io.github.lakefsspring.embedded.store;

import java.io.Serial;
import java.io.Serializable;

/**
 * One source of an import.
 *
 * @param commonPrefix true for a prefix source ({@code common_prefix}), false for a single object
 * @param uri the storage URI to import from
 * @param destination the repository path (object) or path prefix (common prefix) to import to
 */
public record ImportSource(boolean commonPrefix, String uri, String destination) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

}
