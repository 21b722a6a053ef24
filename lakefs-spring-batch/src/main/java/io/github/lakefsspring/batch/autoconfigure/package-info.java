/**
 * Auto-configuration of the lakeFS Spring Batch integration: {@code @LakeFSJob} on job beans.
 */
@NullMarked
package io.github.lakefsspring.batch.autoconfigure;

import org.jspecify.annotations.NullMarked;
