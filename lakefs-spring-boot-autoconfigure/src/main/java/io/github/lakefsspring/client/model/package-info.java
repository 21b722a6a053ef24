/**
 * The lakeFS API's data as immutable records: what {@link io.github.lakefsspring.client.LakeFSClient} sends
 * and receives. Every record ignores fields it does not know, so newer servers keep working.
 */
@NullMarked
package io.github.lakefsspring.client.model;

import org.jspecify.annotations.NullMarked;
