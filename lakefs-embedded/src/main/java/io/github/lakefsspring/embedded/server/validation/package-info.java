/**
 * lakeFS's OpenAPI validation of parameters and JSON bodies, with its messages, applied before authentication.
 */
@NullMarked
package io.github.lakefsspring.embedded.server.validation;

import org.jspecify.annotations.NullMarked;
