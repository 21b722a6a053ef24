/**
 * Declarative and programmatic lakeFS transactions: {@link io.github.lakefsspring.transaction.LakeFSTransactional}
 * and {@link io.github.lakefsspring.transaction.LakeFSTransactionTemplate} run work on an ephemeral branch that is
 * committed and merged back when it succeeds and thrown away when it fails.
 */
@NullMarked
package io.github.lakefsspring.transaction;

import org.jspecify.annotations.NullMarked;
