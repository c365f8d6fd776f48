package dev.camelfelt.engine.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelfelt.engine.job.JobDriver;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;
import dev.camelfelt.engine.job.JobWaiter;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A polling consumer's readiness: DOWN once its polls have failed {@code threshold} times in a row, UP again as soon
 * as one succeeds. A consumer's poll round swallows the failures of single polls (they are polled again), so Camel's
 * own scheduled-poll check would never see them. Never a liveness check.
 */
public final class PollHealthCheck extends AbstractHealthCheck {

    private final int threshold;
    private final AtomicLong failuresInARow = new AtomicLong();
    private volatile Throwable lastError;

    public PollHealthCheck(String id, int threshold) {
        super("camel", id);
        if (threshold < 1) {
            throw new IllegalArgumentException("The failure threshold must be at least 1: " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    /** A poll got an answer. */
    public void succeeded() {
        failuresInARow.set(0);
        lastError = null;
    }

    /** A poll failed. */
    public void failed(Throwable error) {
        lastError = JobWaiter.unwrap(error);
        failuresInARow.incrementAndGet();
    }

    /** {@code driver}, with each of its polls recorded here. */
    public <T> JobDriver<T> watching(JobDriver<T> driver) {
        return new WatchedDriver<>(driver, this);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        long failures = failuresInARow.get();
        Throwable error = lastError;
        builder.detail("failures.in.a.row", failures);
        if (failures >= threshold && error != null) {
            builder.down().message(failures + " polls in a row failed; the last with: " + error.getMessage())
                    .error(error);
        } else {
            builder.up();
        }
    }

    private record WatchedDriver<T>(JobDriver<T> driver, PollHealthCheck health) implements JobDriver<T> {

        @Override
        public CompletableFuture<JobState<T>> poll(JobRef job) {
            return driver.poll(job).whenComplete((state, error) -> {
                if (error == null) {
                    health.succeeded();
                } else {
                    health.failed(error);
                }
            });
        }

        @Override
        public RuntimeException ended(JobRef job, JobState<T> state) {
            return driver.ended(job, state);
        }

        @Override
        public RuntimeException timedOut(JobRef job, Duration waited, String lastStatus, Throwable lastError) {
            return driver.timedOut(job, waited, lastStatus, lastError);
        }

        @Override
        public RuntimeException aborted(JobRef job, String reason) {
            return driver.aborted(job, reason);
        }

        @Override
        public boolean isPermanent(Throwable pollError) {
            return driver.isPermanent(pollError);
        }
    }
}
