/**
 * The HTTP plumbing of the embedded server: routing, the order of lakeFS's checks, streamed request bodies, and writing responses as lakeFS writes them.
 */
@NullMarked
package io.github.lakefsspring.embedded.server.http;

import org.jspecify.annotations.NullMarked;
