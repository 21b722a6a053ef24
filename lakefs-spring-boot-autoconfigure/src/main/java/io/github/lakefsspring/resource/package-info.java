/**
 * {@code lakefs://repository/ref/path} as a Spring {@link org.springframework.core.io.Resource}, readable at any
 * ref and writable on a branch, resolved by {@link io.github.lakefsspring.resource.LakeFSProtocolResolver}.
 */
@NullMarked
package io.github.lakefsspring.resource;

import org.jspecify.annotations.NullMarked;
