package dev.camelfelt.engine.job;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * What a component tells the engine about one type of job: how to poll it and which of its own exceptions each way
 * of ending becomes. The engine knows nothing else of the service.
 *
 * @param <T> the service's answer to a poll
 */
public interface JobDriver<T> {

    /**
     * Polls the job once, without blocking the calling thread: the future completes when the service has answered,
     * with the job's state, or exceptionally with the failure of the call.
     */
    CompletableFuture<JobState<T>> poll(JobRef job);

    /** The exception a wait ends with when the job has {@link JobPhase#FAILED failed} or is {@link JobPhase#GONE gone}. */
    RuntimeException ended(JobRef job, JobState<T> state);

    /**
     * The exception a wait ends with when its time is up.
     *
     * @param lastStatus the status the last successful poll found, "unknown" when none succeeded
     * @param lastError  the failure of the last poll, when it failed; the exception's cause
     */
    RuntimeException timedOut(JobRef job, Duration waited, String lastStatus, Throwable lastError);

    /** The exception a wait ends with when the engine stops before the job has ended. */
    RuntimeException aborted(JobRef job, String reason);

    /**
     * Whether a failed poll ends the wait at once (e.g. the credentials were refused) rather than being polled
     * again at the next turn. The failure itself is what the wait ends with.
     */
    default boolean isPermanent(Throwable pollError) {
        return false;
    }
}
