/**
 * Spring Boot Docker Compose support: a lakeFS service of the application's {@code compose.yaml} becomes its
 * lakeFS connection.
 */
@NullMarked
package io.github.lakefsspring.docker;

import org.jspecify.annotations.NullMarked;
