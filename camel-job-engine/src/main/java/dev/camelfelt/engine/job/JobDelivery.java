package dev.camelfelt.engine.job;

import java.util.concurrent.CompletableFuture;

import dev.camelfelt.engine.store.JobRecord;

/** How a consumer hands a finished job to its route. */
@FunctionalInterface
public interface JobDelivery<T> {

    /**
     * Prepares the job's message (e.g. downloads its file, unless {@code record.file()} already holds it) and routes
     * it. The future completes once routing has ended, never exceptionally: a failure is an outcome.
     */
    CompletableFuture<Outcome> deliver(JobRecord record, JobState<T> state);

    /**
     * @param routed whether the route completed without an exception
     * @param file   the file downloaded for the job, kept for a redelivery, or null
     */
    record Outcome(boolean routed, String file) {
    }
}
