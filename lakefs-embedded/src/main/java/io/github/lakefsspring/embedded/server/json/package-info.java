/**
 * JSON as lakeFS writes it (Go's escaping and field order).
 */
@NullMarked
package io.github.lakefsspring.embedded.server.json;

import org.jspecify.annotations.NullMarked;
