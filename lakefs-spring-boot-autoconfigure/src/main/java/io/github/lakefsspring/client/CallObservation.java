package io.github.lakefsspring.client;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

import io.github.lakefsspring.client.observation.DefaultLakeFSClientObservationConvention;
import io.github.lakefsspring.client.observation.DefaultLakeFSRetryObservationConvention;
import io.github.lakefsspring.client.observation.LakeFSClientObservation;
import io.github.lakefsspring.client.observation.LakeFSClientObservationContext;
import io.github.lakefsspring.client.observation.LakeFSClientObservationConvention;

/**
 * The observation of one lakeFS call, retries included, for the blocking and the reactive pipeline alike: started
 * with the call, told how it ended (its status and outcome become tags), stopped once.
 */
final class CallObservation {

    private final LakeFSClientObservationContext context;

    private final Observation observation;

    private CallObservation(LakeFSClientObservationContext context, Observation observation) {
        this.context = context;
        this.observation = observation;
    }

    /**
     * @param parent the observation the call is made in, when it is not the registry's current one (reactive calls)
     * @return the started observation of a call
     */
    static CallObservation start(CallContext call, ObservationRegistry registry,
            @Nullable LakeFSClientObservationConvention convention, @Nullable Observation parent) {
        LakeFSClientObservationContext context = context(call);
        Observation observation = LakeFSClientObservation.REQUEST.observation(convention,
                DefaultLakeFSClientObservationConvention.INSTANCE, () -> context, registry);
        if (parent != null) {
            observation.parentObservation(parent);
        }
        return new CallObservation(context, observation.start());
    }

    /** Records one retry of a call, as its own short observation. */
    static void retried(CallContext call, ObservationRegistry registry) {
        LakeFSClientObservationContext context = context(call);
        LakeFSClientObservation.RETRY.observation(null, DefaultLakeFSRetryObservationConvention.INSTANCE, () -> context,
                registry).observe(() -> {
                });
    }

    private static LakeFSClientObservationContext context(CallContext call) {
        return new LakeFSClientObservationContext(call.operation(), call.method(), call.repository(), call.branch());
    }

    Observation observation() {
        return this.observation;
    }

    void succeeded() {
        this.context.setOutcome("SUCCESS");
        this.context.setStatus(200);
    }

    void failed(Throwable failure) {
        if (failure instanceof LakeFSServerException server) {
            this.context.setStatus(server.status());
            this.context.setOutcome((server.status() < 500) ? "CLIENT_ERROR" : "SERVER_ERROR");
        }
        else {
            this.context.setOutcome("NETWORK_ERROR");
        }
        this.observation.error(failure);
    }

    /** A reactive call its subscriber gave up on. */
    void cancelled() {
        this.context.setOutcome("CANCELLED");
    }

    void stop() {
        this.observation.stop();
    }

}
