package io.github.lakefsspring.s3;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Observes each call of an S3 client on the lakeFS gateway as {@code lakefs.s3.requests}, with the S3 operation
 * (low cardinality) and its outcome, so that gateway traffic shows in the same metrics and traces as REST calls.
 *
 * @since 0.1.0
 */
public final class S3Observations implements ExecutionInterceptor {

    private static final ExecutionAttribute<Observation> OBSERVATION = new ExecutionAttribute<>("lakefs.observation");

    private final ObservationRegistry registry;

    /**
     * @param registry where to report
     */
    public S3Observations(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        Observation observation = Observation.createNotStarted("lakefs.s3.requests", this.registry)
            .contextualName("lakefs s3 " + operation)
            .lowCardinalityKeyValue("operation", (operation != null) ? operation : "unknown")
            .start();
        attributes.putAttribute(OBSERVATION, observation);
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        Observation observation = attributes.getAttribute(OBSERVATION);
        if (observation != null) {
            observation.lowCardinalityKeyValue("outcome", "SUCCESS")
                .lowCardinalityKeyValue("status", Integer.toString(context.httpResponse().statusCode()))
                .stop();
        }
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Observation observation = attributes.getAttribute(OBSERVATION);
        if (observation != null) {
            observation.lowCardinalityKeyValue("outcome", context.httpResponse().isPresent() ? "ERROR" : "NETWORK_ERROR")
                .lowCardinalityKeyValue("status", context.httpResponse().map((response) -> Integer.toString(
                        response.statusCode())).orElse("NONE"))
                .error(context.exception())
                .stop();
        }
    }

}
