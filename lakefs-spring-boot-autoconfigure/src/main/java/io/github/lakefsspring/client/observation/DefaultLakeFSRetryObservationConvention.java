package io.github.lakefsspring.client.observation;

import io.micrometer.common.KeyValues;

import io.github.lakefsspring.client.observation.LakeFSClientObservation.LowCardinalityTags;

/**
 * The default names and tags of retries: {@code lakefs.client.retries}, with the operation as the only
 * low-cardinality key.
 *
 * @since 0.1.0
 */
public class DefaultLakeFSRetryObservationConvention extends DefaultLakeFSClientObservationConvention {

    /** The shared instance. */
    public static final DefaultLakeFSRetryObservationConvention INSTANCE = new DefaultLakeFSRetryObservationConvention();

    public DefaultLakeFSRetryObservationConvention() {
        super("lakefs.client.retries");
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(LakeFSClientObservationContext context) {
        return KeyValues.of(LowCardinalityTags.OPERATION.withValue(context.getOperation()));
    }

}
