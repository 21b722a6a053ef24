/**
 * The seam to the S3 gateway: {@link io.github.lakefsspring.embedded.server.gateway.GatewayRouting}
 * decides, in one place, which requests are S3 requests; until the gateway exists they are answered by
 * {@link io.github.lakefsspring.embedded.server.gateway.S3GatewayPlaceholder}.
 */
@NullMarked
package io.github.lakefsspring.embedded.server.gateway;

import org.jspecify.annotations.NullMarked;
