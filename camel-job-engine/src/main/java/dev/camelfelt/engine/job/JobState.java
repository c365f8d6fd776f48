package dev.camelfelt.engine.job;

import java.util.Objects;

/**
 * What one poll found out about a job.
 *
 * @param phase    where the job stands
 * @param status   the service's own word for it (e.g. {@code in_progress}), for logs and headers
 * @param progress how far along it is, from 0 to 1, or null when the service does not say
 * @param detail   the service's answer, e.g. the status model with a download URL
 */
public record JobState<T>(JobPhase phase, String status, Double progress, T detail) {

    public JobState {
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(status, "status");
    }

    public static <T> JobState<T> of(JobPhase phase, String status, T detail) {
        return new JobState<>(phase, status, null, detail);
    }
}
