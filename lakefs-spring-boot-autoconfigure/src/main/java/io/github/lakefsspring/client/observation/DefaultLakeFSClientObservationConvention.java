package io.github.lakefsspring.client.observation;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import io.github.lakefsspring.client.observation.LakeFSClientObservation.HighCardinalityTags;
import io.github.lakefsspring.client.observation.LakeFSClientObservation.LowCardinalityTags;

/**
 * The default names and tags: {@code lakefs.client.requests} for calls and {@code lakefs.client.retries} for
 * retries, contextual name {@code lakefs <operation>}, the keys of {@link LakeFSClientObservation}.
 *
 * @since 0.1.0
 */
public class DefaultLakeFSClientObservationConvention implements LakeFSClientObservationConvention {

    /** The shared instance. */
    public static final DefaultLakeFSClientObservationConvention INSTANCE = new DefaultLakeFSClientObservationConvention();

    private final String name;

    /** A convention for calls. */
    public DefaultLakeFSClientObservationConvention() {
        this("lakefs.client.requests");
    }

    /**
     * @param name the observation name
     */
    protected DefaultLakeFSClientObservationConvention(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return this.name;
    }

    @Override
    public String getContextualName(LakeFSClientObservationContext context) {
        return "lakefs " + context.getOperation();
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(LakeFSClientObservationContext context) {
        KeyValues values = KeyValues.of(LowCardinalityTags.OPERATION.withValue(context.getOperation()),
                LowCardinalityTags.METHOD.withValue(context.getMethod()));
        if (context.getOutcome() != null) {
            values = values.and(LowCardinalityTags.OUTCOME.withValue(context.getOutcome()),
                    LowCardinalityTags.STATUS.withValue((context.getStatus() > 0)
                            ? Integer.toString(context.getStatus()) : "NONE"));
        }
        return values;
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(LakeFSClientObservationContext context) {
        KeyValues values = KeyValues.empty();
        if (context.getRepository() != null) {
            values = values.and(KeyValue.of(HighCardinalityTags.REPOSITORY, context.getRepository()));
        }
        if (context.getBranch() != null) {
            values = values.and(KeyValue.of(HighCardinalityTags.BRANCH, context.getBranch()));
        }
        return values;
    }

}
