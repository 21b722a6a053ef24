/**
 * The versioned store kept in a data directory: refs, commits and staging areas in an H2 MVStore file, object
 * bytes in a folder tree that emulates the object stores lakeFS runs on.
 */
@NullMarked
package io.github.lakefsspring.embedded.store.files;

import org.jspecify.annotations.NullMarked;
