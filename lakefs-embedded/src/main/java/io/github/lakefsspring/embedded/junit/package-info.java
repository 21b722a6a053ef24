/**
 * JUnit 5 support: {@link io.github.lakefsspring.embedded.junit.EmbeddedLakeFS} gives a test class a
 * running embedded server, or the real lakeFS named by the {@code LAKEFS_IT_*} environment variables.
 */
@NullMarked
package io.github.lakefsspring.embedded.junit;

import org.jspecify.annotations.NullMarked;
