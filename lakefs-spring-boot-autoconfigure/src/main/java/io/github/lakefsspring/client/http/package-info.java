/**
 * lakeFS's REST operations as Spring HTTP interface clients, internal to the client: each method names its lakeFS
 * operation and whether it may be repeated ({@link io.github.lakefsspring.client.http.LakeFSOperation}); the
 * client wraps the proxies in its one pipeline of observation, retries and error decoding. Nothing here is API.
 */
@NullMarked
package io.github.lakefsspring.client.http;

import org.jspecify.annotations.NullMarked;
