package io.github.lakefsspring.core;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Runs lakeFS calls off the caller's thread (a streaming writer's upload, a listing's next page) with the
 * caller's current observation as their parent, so that they are traced as part of what the caller is doing.
 * The threads are daemons, created as needed and reused.
 */
final class BackgroundCalls {

    private static final ExecutorService threads = Executors.newCachedThreadPool((task) -> {
        Thread thread = new Thread(task, "lakefs-background-call");
        thread.setDaemon(true);
        return thread;
    });

    private final ObservationRegistry observations;

    BackgroundCalls(ObservationRegistry observations) {
        this.observations = observations;
    }

    /** Starts {@code call} on a background thread, as a child of the calling thread's current observation. */
    <T> CompletableFuture<T> start(Supplier<T> call) {
        return start(current(), call);
    }

    /** @return the calling thread's current observation, to start calls under later */
    @Nullable Observation current() {
        return this.observations.getCurrentObservation();
    }

    /** Starts {@code call} on a background thread, as a child of {@code parent}. */
    static <T> CompletableFuture<T> start(@Nullable Observation parent, Supplier<T> call) {
        Supplier<T> scoped = (parent != null) ? () -> parent.scoped(call) : call;
        return CompletableFuture.supplyAsync(scoped, threads);
    }

    /**
     * Waits for a call started by {@link #start} and returns its result, rethrowing its exception as it was thrown.
     */
    static <T> T join(CompletableFuture<T> call) {
        try {
            return call.join();
        }
        catch (CompletionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw ex;
        }
    }

}
