package dev.camelfelt.engine.camel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RouteContinuationTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "route-thread"));
    private final Exchange exchange = new DefaultExchange(new DefaultCamelContext());
    private final AtomicReference<String> doneOn = new AtomicReference<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theRouteContinuesOnTheExecutorWithTheUnwrappedFailure() {
        IllegalStateException failure = new IllegalStateException("the call failed");

        RouteContinuation.continueRoute(executor, exchange, doneSync -> doneOn.set(Thread.currentThread().getName()),
                new CompletionException(failure));

        await().until(() -> doneOn.get() != null);
        assertThat(doneOn.get()).isEqualTo("route-thread");
        assertThat(exchange.getException()).isSameAs(failure);
    }

    @Test
    void aStoppedExecutorStillCompletesTheExchangeWithTheReason() {
        executor.shutdown();

        RouteContinuation.continueRoute(executor, exchange, doneSync -> doneOn.set(Thread.currentThread().getName()),
                null);

        assertThat(doneOn.get()).isEqualTo(Thread.currentThread().getName());
        assertThat(exchange.getException()).isInstanceOf(RejectedExecutionException.class);
    }

    @Test
    void onTheCallerTheRouteContinuesOnceTheWorkHasEndedWithTheUnwrappedFailure() {
        IllegalStateException failure = new IllegalStateException("the call failed");
        CompletableFuture<Object> work = new CompletableFuture<>();
        executor.execute(() -> work.completeExceptionally(new CompletionException(failure)));

        boolean sync = RouteContinuation.continueOnCaller(work, exchange,
                doneSync -> doneOn.set(Thread.currentThread().getName() + (doneSync ? " sync" : " async")));

        assertThat(sync).isTrue();
        assertThat(doneOn.get()).isEqualTo(Thread.currentThread().getName() + " sync");
        assertThat(exchange.getException()).isSameAs(failure);
    }
}
