/**
 * {@link io.github.lakefsspring.client.LakeFSClient}: the lakeFS REST API on Spring HTTP interface clients over
 * {@code RestClient}, and {@link io.github.lakefsspring.client.ReactiveLakeFSClient} on {@code WebClient}, with typed
 * records, streaming object transfers and one exception hierarchy. Knows nothing of Spring Boot.
 */
@NullMarked
package io.github.lakefsspring.client;

import org.jspecify.annotations.NullMarked;
