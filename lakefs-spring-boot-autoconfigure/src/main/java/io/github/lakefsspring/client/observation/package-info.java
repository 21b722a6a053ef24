/**
 * Observations of lakeFS calls (Micrometer Observation API, so metrics and traces): what is observed and with
 * which keys ({@link io.github.lakefsspring.client.observation.LakeFSClientObservation}), and the convention that
 * names them, which applications may replace.
 */
@NullMarked
package io.github.lakefsspring.client.observation;

import org.jspecify.annotations.NullMarked;
