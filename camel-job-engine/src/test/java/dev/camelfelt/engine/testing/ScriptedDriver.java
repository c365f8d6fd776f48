package dev.camelfelt.engine.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelfelt.engine.job.JobDriver;
import dev.camelfelt.engine.job.JobPhase;
import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.job.JobState;

/**
 * A driver whose polls answer what a test scripted, per job, in turn (the last answer repeats); an answer is a
 * state, an exception, or a future the test completes itself.
 */
public final class ScriptedDriver implements JobDriver<String> {

    /** The exception for a job that ended badly: carries the job and the state's status. */
    public static final class Ended extends RuntimeException {
        public Ended(JobRef job, String status) {
            super(job + " ended " + status);
        }
    }

    /** The exception for a wait that timed out. */
    public static final class TimedOut extends RuntimeException {
        public TimedOut(JobRef job, String lastStatus, Throwable cause) {
            super(job + " still " + lastStatus, cause);
        }
    }

    /** The exception for an aborted wait. */
    public static final class Aborted extends RuntimeException {
        public Aborted(JobRef job, String reason) {
            super(job + " aborted: " + reason);
        }
    }

    /** A poll error that ends a wait at once. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private final Map<String, Deque<Object>> scripts = new ConcurrentHashMap<>();
    private final List<String> polls = new CopyOnWriteArrayList<>();

    public static JobState<String> running(String status) {
        return JobState.of(JobPhase.RUNNING, status, status);
    }

    public static JobState<String> running(String status, double progress) {
        return new JobState<>(JobPhase.RUNNING, status, progress, status);
    }

    public static JobState<String> done() {
        return JobState.of(JobPhase.DONE, "completed", "the result");
    }

    public static JobState<String> failed() {
        return JobState.of(JobPhase.FAILED, "failed", null);
    }

    public static JobState<String> gone() {
        return JobState.of(JobPhase.GONE, "gone", null);
    }

    /** The job's polls answer these in turn, the last one repeating. */
    public ScriptedDriver script(JobRef job, Object... answers) {
        scripts.put(job.key(), new ConcurrentLinkedDeque<>(List.of(answers)));
        return this;
    }

    /** The keys of the jobs polled, one per poll, in order. */
    public List<String> polls() {
        return new ArrayList<>(polls);
    }

    public long pollsOf(JobRef job) {
        return polls.stream().filter(job.key()::equals).count();
    }

    @Override
    @SuppressWarnings("unchecked")
    public CompletableFuture<JobState<String>> poll(JobRef job) {
        polls.add(job.key());
        Deque<Object> script = scripts.get(job.key());
        if (script == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no script for " + job));
        }
        Object answer = script.size() > 1 ? script.pollFirst() : script.peekFirst();
        if (answer instanceof CompletableFuture<?> future) {
            return (CompletableFuture<JobState<String>>) future;
        }
        if (answer instanceof Throwable error) {
            return CompletableFuture.failedFuture(error);
        }
        return CompletableFuture.completedFuture((JobState<String>) answer);
    }

    @Override
    public RuntimeException ended(JobRef job, JobState<String> state) {
        return new Ended(job, state.status());
    }

    @Override
    public RuntimeException timedOut(JobRef job, Duration waited, String lastStatus, Throwable lastError) {
        return new TimedOut(job, lastStatus, lastError);
    }

    @Override
    public RuntimeException aborted(JobRef job, String reason) {
        return new Aborted(job, reason);
    }

    @Override
    public boolean isPermanent(Throwable pollError) {
        return pollError instanceof Refused;
    }
}
