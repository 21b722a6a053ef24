/**
 * Actuator support: the {@code lakefs} health indicator, the {@code lakefs} info contribution, and the sanitizing
 * function that keeps lakeFS secrets out of {@code /configprops} and {@code /env}.
 */
@NullMarked
package io.github.lakefsspring.actuate;

import org.jspecify.annotations.NullMarked;
