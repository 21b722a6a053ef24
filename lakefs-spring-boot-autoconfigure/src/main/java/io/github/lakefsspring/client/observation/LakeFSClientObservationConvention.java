package io.github.lakefsspring.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags observations of lakeFS calls; declare a bean of this type (or pass one to the client's builder)
 * to replace {@link DefaultLakeFSClientObservationConvention}.
 *
 * @since 0.1.0
 */
public interface LakeFSClientObservationConvention extends ObservationConvention<LakeFSClientObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof LakeFSClientObservationContext;
    }

}
