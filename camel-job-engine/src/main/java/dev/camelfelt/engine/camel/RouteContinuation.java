package dev.camelfelt.engine.camel;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import dev.camelfelt.engine.job.JobWaiter;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;

/**
 * Continues a route once an asynchronous producer's work has ended: on one of the component's Camel threads, never
 * on the I/O, poller or download thread that completed the work; or, for a synchronous endpoint, on the caller's.
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

    /**
     * For a synchronous endpoint: waits on the calling thread until the work has ended and completes the exchange
     * there, so the route goes on on the caller's thread with no hand-off. The work always ends, as every call has
     * its timeouts, every wait its own, and a stopping component ends its waits.
     *
     * @return true: the callback was called on the calling thread
     */
    public static boolean continueOnCaller(CompletableFuture<?> work, Exchange exchange, AsyncCallback callback) {
        try {
            work.join();
        } catch (CompletionException | CancellationException e) {
            exchange.setException(JobWaiter.unwrap(e));
        }
        callback.done(true);
        return true;
    }
}
