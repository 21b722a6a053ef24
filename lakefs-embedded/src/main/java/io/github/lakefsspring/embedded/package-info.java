/**
 * An in-JVM lakeFS-compatible server for development and tests: {@link
 * io.github.lakefsspring.embedded.EmbeddedLakeFSServer} starts one, {@link
 * io.github.lakefsspring.embedded.EmbeddedLakeFSMain} runs one standalone.
 */
@NullMarked
package io.github.lakefsspring.embedded;

import org.jspecify.annotations.NullMarked;
