package dev.camelfelt.engine.camel;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import dev.camelfelt.engine.job.JobWaiter;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Continues a route once an asynchronous producer's work has ended: on one of the component's Camel threads, never
 * on the I/O, poller or download thread that completed the work.
 */
public final class RouteContinuation {

    private RouteContinuation() {
    }

    /**
     * Sets {@code failure} (unwrapped from the future's wrappers), if any, on the exchange and calls the callback on
     * {@code executor}. When the executor refuses (the component is stopping), the exchange still completes, here.
     */
    public static void continueRoute(Executor executor, Exchange exchange, AsyncCallback callback, Throwable failure) {
        try {
            executor.execute(() -> {
                if (failure != null) {
                    exchange.setException(JobWaiter.unwrap(failure));
                }
                callback.done(false);
            });
        } catch (RejectedExecutionException e) {
            exchange.setException(failure != null ? JobWaiter.unwrap(failure) : e);
            callback.done(false);
        }
    }
}
