package dev.camelfelt.engine.job;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a component's jobs are doing, for its dev console and metrics: the waits under way, each with its state, age,
 * polls and last error, and the counts of jobs completed and failed and of polls that failed. Waits report to it;
 * nothing here decides anything.
 */
public final class JobBoard {

    private final Clock clock;
    private final Set<Entry> active = ConcurrentHashMap.newKeySet();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong pollErrors = new AtomicLong();

    public JobBoard() {
        this(Clock.systemUTC());
    }

    public JobBoard(Clock clock) {
        this.clock = clock;
    }

    /** A wait for {@code job} begins; the entry follows it until {@link Entry#ended}. */
    public Entry started(JobRef job) {
        Entry entry = new Entry(job, clock.instant());
        active.add(entry);
        return entry;
    }

    /** The waits under way, oldest first. */
    public List<JobActivity> waiting() {
        Instant now = clock.instant();
        return active.stream().sorted(Comparator.comparing(entry -> entry.started))
                .map(entry -> entry.activity(now)).toList();
    }

    /** A poll outside a wait failed, e.g. a consumer's. */
    public void pollFailed() {
        pollErrors.incrementAndGet();
    }

    /** A job that was not waited for ended, e.g. one a consumer delivered. */
    public void finished(boolean completedWell) {
        (completedWell ? completed : failed).incrementAndGet();
    }

    public long completed() {
        return completed.get();
    }

    public long failed() {
        return failed.get();
    }

    public long pollErrors() {
        return pollErrors.get();
    }

    /** One wait under way. */
    public final class Entry {
        private final JobRef job;
        private final Instant started;
        private final AtomicLong polls = new AtomicLong();
        private volatile String state = "waiting";
        private volatile String lastError;

        private Entry(JobRef job, Instant started) {
            this.job = job;
            this.started = started;
        }

        /** A poll answered with the job's status. */
        public void polled(String status) {
            polls.incrementAndGet();
            state = status;
            lastError = null;
        }

        /** A poll failed; the job is polled again. */
        public void pollFailed(Throwable error) {
            polls.incrementAndGet();
            JobBoard.this.pollFailed();
            lastError = JobWaiter.unwrap(error).toString();
        }

        /** The wait is over: the job completed, or it failed, timed out or was aborted. */
        public void ended(boolean completedWell) {
            if (active.remove(this)) {
                finished(completedWell);
            }
        }

        private JobActivity activity(Instant now) {
            return new JobActivity(JobActivity.WAITING, job, state, Duration.between(started, now), polls.get(),
                    lastError);
        }
    }
}
