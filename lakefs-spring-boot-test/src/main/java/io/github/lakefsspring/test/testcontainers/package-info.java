/**
 * Testcontainers support: a {@link io.github.lakefsspring.test.testcontainers.LakeFSContainer} running
 * the real lakeFS in quickstart mode, which {@code @ServiceConnection} turns into the application's
 * lakeFS connection.
 */
@NullMarked
package io.github.lakefsspring.test.testcontainers;

import org.jspecify.annotations.NullMarked;
