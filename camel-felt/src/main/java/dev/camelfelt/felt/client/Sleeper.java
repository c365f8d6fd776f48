package dev.camelfelt.felt.client;

import java.time.Duration;

/** Waits between two tries of a call; tests replace it so that no test waits for real. */
@FunctionalInterface
public interface Sleeper {

    /** The sleeper that really waits. */
    Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
