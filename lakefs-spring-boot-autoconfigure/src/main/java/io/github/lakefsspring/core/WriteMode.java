package io.github.lakefsspring.core;

/**
 * Whether a write replaces an existing object.
 *
 * @since 0.1.0
 */
public enum WriteMode {

    /** Replace the object if it exists (Python SDK modes {@code w}/{@code wb}). */
    OVERWRITE,

    /**
     * Create the object only if it does not exist, atomically on the server ({@code If-None-Match: *}); an
     * existing object fails the write with an {@code ObjectExistsException} (modes {@code x}/{@code xb}).
     */
    CREATE

}
