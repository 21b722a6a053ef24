/**
 * The sample application: the lakeFS Python SDK walkthrough and its Boto examples, in Java.
 */
@NullMarked
package io.github.lakefsspring.sample;

import org.jspecify.annotations.NullMarked;
