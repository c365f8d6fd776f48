package dev.camelfelt.felt.benchmark;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.engine.http.AsyncHttpClients;
import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.model.FeltMap;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.io.CloseMode;

/**
 * The request path: 1,000 felt:maps/get sent at once through Camel's async API (AsyncProducer.processAsync) from one thread, against a stub that
 * answers after a latency, next to a raw CloseableHttpAsyncClient doing the same calls (and decoding the same JSON)
 * in the same run; then the cost of one call at no latency, one call at a time, against the raw client.
 * <p>
 * Both sides get the same connection pool (200 connections) and 2 I/O threads. The component's request budget is
 * switched off (maxRequestsPerSecond=0, maxConcurrentRequests=0) so that it does not bind: what is measured is the
 * path, not the budget.
 */
final class RequestPathRun {

    private static final int CALLS = 1000;
    private static final int ROUNDS = 3;
    private static final int SEQUENTIAL_CALLS = 3000;
    private static final int IO_THREADS = 2;
    private static final int CONNECTIONS = 200;
    private static final String URI = "felt:maps/get?mapId=m";

    private final long latencyMillis;
    private final Report report;
    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    RequestPathRun(long latencyMillis, Report report) {
        this.latencyMillis = latencyMillis;
        this.report = report;
    }

    void run() throws Exception {
        report.heading("Request path: %d felt:maps/get at once from one thread, stub latency %d ms (best of %d rounds)",
                CALLS, latencyMillis, ROUNDS);
        try (DelayedJsonStub stub = new DelayedJsonStub(latencyMillis)) {
            CamelContext camel = FeltCamel.create(stub.baseUrl(), false);
            camel.getComponent("felt", FeltComponent.class).setMaxConnections(CONNECTIONS);
            camel.start();
            CloseableHttpAsyncClient raw = AsyncHttpClients.create(IO_THREADS, CONNECTIONS, Duration.ofSeconds(10), null,
                    "raw", Executors.defaultThreadFactory());
            try {
                ProducerTemplate template = camel.createProducerTemplate();
                AsyncProducer producer = camel.getEndpoint(URI).createAsyncProducer();
                producer.start();
                // warm both up, so that neither pays for class loading and JIT in what is measured
                burstRaw(raw, stub, CALLS);
                burstCamel(camel, producer, CALLS);

                Burst rawBest = null;
                Burst camelBest = null;
                for (int round = 0; round < ROUNDS; round++) {
                    rawBest = Burst.best(rawBest, burstRaw(raw, stub, CALLS));
                    camelBest = Burst.best(camelBest, burstCamel(camel, producer, CALLS));
                }
                report.line("raw CloseableHttpAsyncClient", "%.0f ms wall, %d failed", rawBest.wallMillis(),
                        rawBest.failed);
                report.line("felt:maps/get, processAsync", "%.0f ms wall, %d failed", camelBest.wallMillis(),
                        camelBest.failed);
                report.line("wall, camel-felt / raw", "%.2fx (goal <= 1.5x)",
                        camelBest.wallMillis() / rawBest.wallMillis());
                report.line("peak live threads, all but stub's", "%d during the camel-felt burst (%d at its start)",
                        camelBest.peakThreads, camelBest.threadsAtStart);
                report.line("component's threads at that peak", "%d (goal <= 16): %s", ThreadPools.componentThreads(camelBest.atPeak),
                        ThreadPools.describe(camelBest.atPeak, Long::toString));

                stub.setLatencyMillis(0);
                sequentialRaw(raw, stub, SEQUENTIAL_CALLS);
                sequentialCamel(template, SEQUENTIAL_CALLS);
                double rawMicros = Double.MAX_VALUE;
                double camelMicros = Double.MAX_VALUE;
                for (int round = 0; round < ROUNDS; round++) {
                    rawMicros = Math.min(rawMicros, sequentialRaw(raw, stub, SEQUENTIAL_CALLS));
                    camelMicros = Math.min(camelMicros, sequentialCamel(template, SEQUENTIAL_CALLS));
                }
                report.line("one call at a time, no latency", "raw %.0f us, camel-felt %.0f us per call", rawMicros,
                        camelMicros);
                report.line("per-call cost, camel-felt / raw", "%.2fx (goal <= 1.05x)", camelMicros / rawMicros);
                Burst rawZero = burstRaw(raw, stub, CALLS);
                Burst camelZero = burstCamel(camel, producer, CALLS);
                report.line("1,000 at once, no latency", "raw %.0f ms, camel-felt %.0f ms: %.2fx",
                        rawZero.wallMillis(), camelZero.wallMillis(), camelZero.wallMillis() / rawZero.wallMillis());
            } finally {
                camel.close();
                raw.close(CloseMode.GRACEFUL);
            }
        }
    }

    /**
     * Through the endpoint's AsyncProducer ({@code processAsync}): ProducerTemplate.asyncSend would hand each exchange
     * to one of the template's 10 threads, which then waits for it, so it measures that pool rather than the component.
     */
    private Burst burstCamel(CamelContext camel, AsyncProducer producer, int calls) throws Exception {
        CountDownLatch done = new CountDownLatch(calls);
        AtomicInteger failed = new AtomicInteger();
        return measure(done, failed, () -> {
            for (int i = 0; i < calls; i++) {
                producer.processAsync(new DefaultExchange(camel)).whenComplete((exchange, failure) -> {
                    if (failure != null || exchange.isFailed()
                        || !(exchange.getMessage().getBody() instanceof FeltMap)) {
                        failed.incrementAndGet();
                    }
                    done.countDown();
                });
            }
        });
    }

    private Burst burstRaw(CloseableHttpAsyncClient raw, DelayedJsonStub stub, int calls) throws Exception {
        CountDownLatch done = new CountDownLatch(calls);
        AtomicInteger failed = new AtomicInteger();
        FutureCallback<SimpleHttpResponse> callback = new FutureCallback<>() {
            @Override
            public void completed(SimpleHttpResponse response) {
                try {
                    mapper.readValue(response.getBodyBytes(), FeltMap.class);
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                done.countDown();
            }

            @Override
            public void failed(Exception e) {
                failed.incrementAndGet();
                done.countDown();
            }

            @Override
            public void cancelled() {
                failed(null);
            }
        };
        return measure(done, failed, () -> {
            for (int i = 0; i < calls; i++) {
                raw.execute(SimpleRequestProducer.create(request(stub)), SimpleResponseConsumer.create(), callback);
            }
        });
    }

    private static SimpleHttpRequest request(DelayedJsonStub stub) {
        return SimpleRequestBuilder.get(stub.baseUrl() + "/api/v2/maps/m")
                .setHeader("Authorization", "Bearer " + FeltCamel.TOKEN).setHeader("Accept", "application/json").build();
    }

    private static Burst measure(CountDownLatch done, AtomicInteger failed, Runnable send) throws Exception {
        try (JvmSampler jvm = JvmSampler.start()) {
            long start = System.nanoTime();
            send.run();
            if (!done.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException(done.getCount() + " calls never completed");
            }
            long wall = System.nanoTime() - start;
            jvm.close();
            return new Burst(wall, failed.get(), jvm.peakThreads() - stubThreads(jvm.threadsAtPeak()),
                    jvm.threadsAtStart(), withoutStub(jvm.threadsAtPeak()));
        }
    }

    private double sequentialCamel(ProducerTemplate template, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            if (!(template.requestBody(URI, (Object) null) instanceof FeltMap)) {
                throw new IllegalStateException("felt:maps/get answered no FeltMap");
            }
        }
        return (System.nanoTime() - start) / 1000.0 / calls;
    }

    private double sequentialRaw(CloseableHttpAsyncClient raw, DelayedJsonStub stub, int calls) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            SimpleHttpResponse response = raw.execute(SimpleRequestProducer.create(request(stub)),
                    SimpleResponseConsumer.create(), null).get();
            mapper.readValue(response.getBodyBytes(), FeltMap.class);
        }
        return (System.nanoTime() - start) / 1000.0 / calls;
    }

    private static int stubThreads(Map<String, Integer> pools) {
        return pools.entrySet().stream().filter(e -> LoopbackServer.isServerThread(e.getKey()))
                .mapToInt(Map.Entry::getValue).sum();
    }

    private static Map<String, Integer> withoutStub(Map<String, Integer> pools) {
        Map<String, Integer> rest = new TreeMap<>(pools);
        rest.keySet().removeIf(LoopbackServer::isServerThread);
        return rest;
    }

    private record Burst(long wallNanos, int failed, int peakThreads, int threadsAtStart, Map<String, Integer> atPeak) {
        double wallMillis() {
            return wallNanos / 1e6;
        }

        static Burst best(Burst a, Burst b) {
            return a == null || b.wallNanos < a.wallNanos ? b : a;
        }
    }
}
