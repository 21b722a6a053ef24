/**
 * Repositories as code: repositories, their branches, protection rules, garbage collection rules and metadata
 * declared by the application and brought about idempotently.
 */
@NullMarked
package io.github.lakefsspring.provisioning;

import org.jspecify.annotations.NullMarked;
