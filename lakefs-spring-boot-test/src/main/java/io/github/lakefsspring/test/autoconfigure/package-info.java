/**
 * Spring test support: {@link io.github.lakefsspring.test.autoconfigure.AutoConfigureEmbeddedLakeFS}
 * connects a test's application context to an embedded lakeFS-compatible server.
 */
@NullMarked
package io.github.lakefsspring.test.autoconfigure;

import org.jspecify.annotations.NullMarked;
