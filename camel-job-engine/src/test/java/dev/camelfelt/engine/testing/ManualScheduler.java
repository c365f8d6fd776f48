package dev.camelfelt.engine.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler that runs nothing until the test moves its {@link MutableClock}: {@link #advance} moves the clock task
 * by task, running each task when its time has come, on the test's thread.
 */
public final class ManualScheduler extends AbstractExecutorService implements ScheduledExecutorService {

    private final MutableClock clock;
    private final PriorityQueue<Task<?>> tasks = new PriorityQueue<>(Comparator.comparing((Task<?> t) -> t.due)
            .thenComparingLong(t -> t.sequence));
    private long sequence;

    public ManualScheduler(MutableClock clock) {
        this.clock = clock;
    }

    /** Moves the clock by {@code step}, running the tasks that fall due on the way, in order. */
    public void advance(Duration step) {
        Instant end = clock.instant().plus(step);
        while (true) {
            Task<?> next;
            synchronized (this) {
                next = tasks.peek();
                if (next == null || next.due.isAfter(end)) {
                    break;
                }
                tasks.poll();
            }
            if (next.due.isAfter(clock.instant())) {
                clock.advance(Duration.between(clock.instant(), next.due));
            }
            next.run();
        }
        if (end.isAfter(clock.instant())) {
            clock.advance(Duration.between(clock.instant(), end));
        }
    }

    /** Runs the tasks due now. */
    public void runDueTasks() {
        advance(Duration.ZERO);
    }

    public synchronized int pending() {
        return (int) tasks.stream().filter(t -> !t.isDone()).count();
    }

    @Override
    public synchronized ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        Task<?> task = new Task<>(command, clock.instant().plusNanos(unit.toNanos(Math.max(0, delay))), sequence++);
        tasks.add(task);
        return task;
    }

    @Override
    public void execute(Runnable command) {
        schedule(command, 0, TimeUnit.NANOSECONDS);
    }

    @Override
    public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void shutdown() {
    }

    @Override
    public List<Runnable> shutdownNow() {
        return new ArrayList<>();
    }

    @Override
    public boolean isShutdown() {
        return false;
    }

    @Override
    public boolean isTerminated() {
        return false;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }

    private final class Task<V> extends FutureTask<V> implements ScheduledFuture<V> {
        private final Instant due;
        private final long sequence;

        Task(Runnable command, Instant due, long sequence) {
            super(command, null);
            this.due = due;
            this.sequence = sequence;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(clock.instant(), due));
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }
}
