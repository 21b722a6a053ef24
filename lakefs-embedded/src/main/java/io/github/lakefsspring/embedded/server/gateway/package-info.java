/**
 * The routing decision between the REST API and the S3 gateway ({@link io.github.lakefsspring.embedded.gateway}).
 */
@NullMarked
package io.github.lakefsspring.embedded.server.gateway;

import org.jspecify.annotations.NullMarked;
