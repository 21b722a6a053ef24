/**
 * Spring Boot auto-configuration for lakeFS: properties, where the connection comes from, and the
 * beans an application injects.
 */
@NullMarked
package io.github.lakefsspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
