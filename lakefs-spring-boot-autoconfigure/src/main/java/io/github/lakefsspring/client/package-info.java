/**
 * {@link io.github.lakefsspring.client.LakeFSClient}: the lakeFS REST API over Spring WebClient, with typed
 * records, streaming object transfers and one exception hierarchy. Knows nothing of Spring Boot.
 */
@NullMarked
package io.github.lakefsspring.client;

import org.jspecify.annotations.NullMarked;
