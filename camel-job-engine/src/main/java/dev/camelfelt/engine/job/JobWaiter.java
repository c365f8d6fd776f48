package dev.camelfelt.engine.job;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for jobs without holding a thread: the time between polls is a task on a scheduler (which only starts the
 * next poll), and a poll in flight is a future of the driver's. A wait ends with the job's final state, the
 * driver's exception for a failed or vanished job, a timeout that carries the last poll error as its cause, or,
 * when the waiter stops, the driver's "aborted" exception: no wait is ever left hanging.
 * <p>
 * Futures complete on whatever thread answered the last poll (usually an I/O thread): callers hand the result on
 * to a thread of their own before doing real work.
 */
public final class JobWaiter extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(JobWaiter.class);

    private final ScheduledExecutorService scheduler;
    private final Set<Wait<?>> waits = ConcurrentHashMap.newKeySet();
    private final JobBoard board;

    /** @param scheduler only starts polls; it must accept as many delayed tasks as there are jobs waiting */
    public JobWaiter(ScheduledExecutorService scheduler) {
        this(scheduler, new JobBoard());
    }

    /** @param board where the waits report their polls and ends, for a dev console and metrics */
    public JobWaiter(ScheduledExecutorService scheduler, JobBoard board) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.board = Objects.requireNonNull(board, "board");
    }

    /** Polls {@code job} through {@code driver} until it ends or {@code policy} times out. */
    public <T> CompletableFuture<JobState<T>> await(JobRef job, JobDriver<T> driver, WaitPolicy policy) {
        Wait<T> wait = new Wait<>(job, driver, policy);
        if (!isRunAllowed()) {
            wait.result.completeExceptionally(driver.aborted(job, "the job engine is not running"));
            return wait.result;
        }
        waits.add(wait);
        JobBoard.Entry entry = wait.entry = board.started(job);
        wait.result.whenComplete((state, error) -> {
            waits.remove(wait);
            entry.ended(error == null);
        });
        wait.schedule(0);
        return wait.result;
    }

    /** Where the waits report, for a dev console and metrics. */
    public JobBoard board() {
        return board;
    }

    /** How many waits are under way. */
    public int waiting() {
        return waits.size();
    }

    /** Ends every wait under way with its driver's "aborted" exception. */
    public void abortAll(String reason) {
        for (Wait<?> wait : waits) {
            wait.abort(reason);
        }
    }

    @Override
    protected void doStop() {
        abortAll("it was stopped while waiting");
    }

    private final class Wait<T> {
        private final JobRef job;
        private final JobDriver<T> driver;
        private final WaitPolicy policy;
        private final Instant deadline;
        private final CompletableFuture<JobState<T>> result = new CompletableFuture<>();
        private volatile String lastStatus = "unknown";
        private volatile Double lastProgress;
        private volatile Throwable lastError;
        private volatile ScheduledFuture<?> nextPoll;
        private volatile JobBoard.Entry entry;

        Wait(JobRef job, JobDriver<T> driver, WaitPolicy policy) {
            this.job = job;
            this.driver = driver;
            this.policy = policy;
            this.deadline = policy.deadlineFromNow();
        }

        void schedule(int poll) {
            if (result.isDone()) {
                return;
            }
            Duration delay = policy.delayBeforePoll(poll, deadline);
            try {
                nextPoll = scheduler.schedule(() -> poll(poll), delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                abort("its scheduler no longer accepts polls");
            }
        }

        private void poll(int poll) {
            if (result.isDone()) {
                return;
            }
            CompletableFuture<JobState<T>> answer;
            try {
                answer = driver.poll(job);
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((state, error) -> {
                try {
                    if (error != null) {
                        onError(unwrap(error), poll);
                    } else {
                        onState(state, poll);
                    }
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            });
        }

        private void onError(Throwable error, int poll) {
            entry.pollFailed(error);
            if (driver.isPermanent(error)) {
                result.completeExceptionally(error);
                return;
            }
            lastError = error;
            LOG.warn("Polling {} failed; polling again unless the wait has timed out: {}", job, error.toString());
            next(poll);
        }

        private void onState(JobState<T> state, int poll) {
            lastError = null;
            entry.polled(state.status());
            logProgress(state);
            switch (state.phase()) {
                case DONE -> result.complete(state);
                case FAILED, GONE -> result.completeExceptionally(driver.ended(job, state));
                default -> next(poll);
            }
        }

        private void next(int poll) {
            if (policy.isExpired(deadline)) {
                result.completeExceptionally(driver.timedOut(job, policy.elapsed(deadline), lastStatus, lastError));
            } else {
                schedule(poll + 1);
            }
        }

        private void logProgress(JobState<T> state) {
            if (!state.status().equals(lastStatus) || !Objects.equals(state.progress(), lastProgress)) {
                lastStatus = state.status();
                lastProgress = state.progress();
                if (state.progress() == null) {
                    LOG.info("{} is {} after {} ms", job, state.status(), policy.elapsed(deadline).toMillis());
                } else {
                    LOG.info("{} is {} ({}%) after {} ms", job, state.status(), Math.round(state.progress() * 100),
                            policy.elapsed(deadline).toMillis());
                }
            }
        }

        void abort(String reason) {
            result.completeExceptionally(driver.aborted(job, reason));
            ScheduledFuture<?> scheduled = nextPoll;
            if (scheduled != null) {
                // so that the scheduler holds no task for a wait that has ended
                scheduled.cancel(false);
            }
        }
    }

    /** The failure inside the wrappers CompletableFuture puts around it. */
    public static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
