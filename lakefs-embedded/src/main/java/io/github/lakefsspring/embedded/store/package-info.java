/**
 * The versioned store behind the embedded server: repositories, branches with a staging area,
 * tags, immutable commits over content-addressed metaranges, diff, three-way merge and import,
 * with lakeFS's semantics and error messages. It knows nothing of HTTP.
 *
 * <p>{@link io.github.lakefsspring.embedded.store.VersionedStore} is the one entry point; every
 * method is thread-safe and blocking, and reports failures as
 * {@link io.github.lakefsspring.embedded.store.StoreException} with a lakeFS error kind.
 */
@NullMarked
package io.github.lakefsspring.embedded.store;

import org.jspecify.annotations.NullMarked;
