package dev.camelfelt.engine.job;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The Camel-managed threads of the engine. None of them has a queue limit: Camel's default profile allows 1,000
 * queued tasks, and every waiting job holds one delayed task, so a limit would fail the 1,001st wait.
 */
public final class JobThreadPools {

    /** Camel gives a scheduled pool whose profile has a queue size of 0 or less a queue without bound. */
    private static final int NO_QUEUE_LIMIT = -1;

    private JobThreadPools() {
    }

    /** A scheduler that only starts polls: one thread is enough, since a poll in flight holds none. */
    public static ScheduledExecutorService newScheduler(CamelContext camel, Object source, String name) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(1);
        profile.setMaxPoolSize(1);
        profile.setMaxQueueSize(NO_QUEUE_LIMIT);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return camel.getExecutorServiceManager().newScheduledThreadPool(source, name, profile);
    }

    /**
     * A fixed pool whose queue has no bound, for work that must neither be refused nor run on the thread that asks
     * for it (a download's file work, or the rest of a route).
     */
    public static ExecutorService newWorkPool(CamelContext camel, Object source, String name, int threads) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        // a thread pool, unlike a scheduled one, gets no capacity at all from 0 or less
        profile.setMaxQueueSize(Integer.MAX_VALUE);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return camel.getExecutorServiceManager().newThreadPool(source, name, profile);
    }

    /**
     * Runs {@code step} on {@code pool}, or here when the pool no longer takes work (Camel is stopping it), so that
     * nothing is left hanging while Camel stops.
     */
    public static void runOn(Executor pool, Runnable step) {
        try {
            pool.execute(step);
        } catch (RejectedExecutionException e) {
            step.run();
        }
    }

    /** {@code pool} as an executor that runs a step here when the pool no longer takes work, as {@link #runOn}. */
    public static Executor orHere(Executor pool) {
        return step -> runOn(pool, step);
    }
}
