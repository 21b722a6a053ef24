/**
 * The high-level lakeFS API, the Java counterpart of lakeFS's High Level Python SDK:
 * {@link io.github.lakefsspring.core.RepositoryTemplate} and {@link io.github.lakefsspring.core.BranchTemplate}
 * as entry points, and cheap handles ({@link io.github.lakefsspring.core.Repository},
 * {@link io.github.lakefsspring.core.Reference}, {@link io.github.lakefsspring.core.Branch},
 * {@link io.github.lakefsspring.core.Tag}, {@link io.github.lakefsspring.core.LakeFSObject}) that call the server
 * only when a method needs it. Listings are lazy streams; objects are read and written as streams.
 */
@NullMarked
package io.github.lakefsspring.core;

import org.jspecify.annotations.NullMarked;
