package dev.camelfelt.felt;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A scheduler that records the delay each task asks for and runs it at once, so that no test waits for a retry. */
final class RecordingScheduler extends ScheduledThreadPoolExecutor {

    private final List<Duration> delays = new CopyOnWriteArrayList<>();

    RecordingScheduler() {
        super(1);
    }

    /** The delays asked for, in order. */
    List<Duration> delays() {
        return delays;
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        delays.add(Duration.ofNanos(unit.toNanos(delay)));
        return super.schedule(command, 0, unit);
    }
}
