/**
 * Streaming parsing of {@code multipart/form-data} uploads.
 */
@NullMarked
package io.github.lakefsspring.embedded.server.multipart;

import org.jspecify.annotations.NullMarked;
