package dev.camelfelt.engine.job;

import java.time.Duration;
import java.time.Instant;

import dev.camelfelt.engine.store.JobRecord;

/**
 * One job as a dev console shows it.
 *
 * @param kind      {@link #WAITING} for a wait under way (a producer waiting for its job), {@link #TRACKED} for a job
 *                  kept in a store for a consumer
 * @param state     the service's last word for it (e.g. {@code in_progress}), or what the engine knows
 * @param age       how long it has been waited for or tracked; null when the store does not say
 * @param polls     how many times it was polled, failed polls included; -1 when not counted
 * @param lastError the failure of the last poll, when it failed
 */
public record JobActivity(String kind, JobRef job, String state, Duration age, long polls, String lastError) {

    public static final String WAITING = "waiting";
    public static final String TRACKED = "tracked";

    /** A job that a store holds for a consumer, as of {@code now}. */
    public static JobActivity tracked(JobRecord record, Instant now) {
        return new JobActivity(TRACKED, record.job(), record.status(),
                record.created() == null ? null : Duration.between(record.created(), now), -1, null);
    }
}
