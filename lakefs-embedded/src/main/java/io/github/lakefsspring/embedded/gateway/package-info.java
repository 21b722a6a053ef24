/**
 * The embedded server's S3 gateway: lakeFS's S3-compatible API on the server's port, path-style (bucket =
 * repository, key = {@code <ref>/<path>}), with SigV4 authentication and streamed bodies.
 */
@NullMarked
package io.github.lakefsspring.embedded.gateway;

import org.jspecify.annotations.NullMarked;
