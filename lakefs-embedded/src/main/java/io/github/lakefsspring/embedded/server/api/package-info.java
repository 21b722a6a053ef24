/**
 * The lakeFS REST operations of the embedded server, one class per resource area, each registering its
 * routes and turning requests into {@link io.github.lakefsspring.embedded.store.VersionedStore} calls.
 */
@NullMarked
package io.github.lakefsspring.embedded.server.api;

import org.jspecify.annotations.NullMarked;
