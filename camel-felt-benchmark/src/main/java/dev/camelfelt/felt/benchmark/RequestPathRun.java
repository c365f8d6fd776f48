package dev.camelfelt.felt.benchmark;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
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
import org.apache.camel.Endpoint;
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
    private static final int SEQUENTIAL_ROUNDS = 21;
    private static final int SEQUENTIAL_CALLS = 500;
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
                sequential(raw, stub, template, camel.getEndpoint(URI), camel.getEndpoint(URI + "&synchronous=true"));
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

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private double sequentialCamel(ProducerTemplate template, Endpoint endpoint, int calls) {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            if (!(template.requestBody(endpoint, (Object) null) instanceof FeltMap)) {
                throw new IllegalStateException("felt:maps/get answered no FeltMap");
            }
        }
        return (System.nanoTime() - start) / 1000.0 / calls;
    }

    /**
     * One call at a time, at no latency: the raw client, the raw client handing each answer to another thread before
     * the caller gets it (as camel-felt does: a route never continues on an I/O thread), camel-felt through a
     * ProducerTemplate with the endpoint resolved once, as a route's to(...) is, and the same with synchronous=true,
     * where the waiting caller goes on itself.
     */
    private void sequential(CloseableHttpAsyncClient raw, DelayedJsonStub stub, ProducerTemplate template,
                            Endpoint endpoint, Endpoint synchronous) throws Exception {
        ExecutorService handOff = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "hand-off"));
        try {
            sequentialRaw(raw, stub, null, SEQUENTIAL_CALLS);
            sequentialRaw(raw, stub, handOff, SEQUENTIAL_CALLS);
            sequentialCamel(template, endpoint, SEQUENTIAL_CALLS);
            sequentialCamel(template, synchronous, SEQUENTIAL_CALLS);
            // short blocks side by side, many times: the machine's pace drifts, a ratio of neighbours does not
            double[] rawMicros = new double[SEQUENTIAL_ROUNDS];
            double[] handedOffMicros = new double[SEQUENTIAL_ROUNDS];
            double[] camelMicros = new double[SEQUENTIAL_ROUNDS];
            double[] synchronousMicros = new double[SEQUENTIAL_ROUNDS];
            for (int round = 0; round < SEQUENTIAL_ROUNDS; round++) {
                rawMicros[round] = sequentialRaw(raw, stub, null, SEQUENTIAL_CALLS);
                handedOffMicros[round] = sequentialRaw(raw, stub, handOff, SEQUENTIAL_CALLS);
                camelMicros[round] = sequentialCamel(template, endpoint, SEQUENTIAL_CALLS);
                synchronousMicros[round] = sequentialCamel(template, synchronous, SEQUENTIAL_CALLS);
            }
            report.line("one call at a time, no latency", "raw %.0f us, raw handing off %.0f us, camel-felt %.0f us,"
                        + " synchronous=true %.0f us per call (medians of %d blocks of %,d calls each, side by side)",
                    median(rawMicros), median(handedOffMicros), median(camelMicros), median(synchronousMicros),
                    SEQUENTIAL_ROUNDS, SEQUENTIAL_CALLS);
            ratioLine("per-call cost, camel-felt / raw", camelMicros, rawMicros, "(goal <= 1.05x)");
            ratioLine("camel-felt / raw handing off", camelMicros, handedOffMicros, "what camel-felt adds beyond the"
                                                                                   + " hand-off");
            ratioLine("synchronous=true / raw", synchronousMicros, rawMicros, "(goal <= 1.05x): the caller goes on"
                                                                             + " itself, no hand-off");
        } finally {
            handOff.shutdownNow();
        }
    }

    /** The median of the blocks' ratios, with their range. */
    private void ratioLine(String label, double[] measured, double[] against, String note) {
        double[] ratios = new double[measured.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = measured[i] / against[i];
        }
        report.line(label, "%.2fx %s; the blocks' ratios range from %.2fx to %.2fx", median(ratios), note, min(ratios),
                max(ratios));
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /** @param handOff where the answer is handed before the caller gets it; null for none */
    private double sequentialRaw(CloseableHttpAsyncClient raw, DelayedJsonStub stub, Executor handOff, int calls)
            throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            CompletableFuture<SimpleHttpResponse> answer = new CompletableFuture<>();
            raw.execute(SimpleRequestProducer.create(request(stub)), SimpleResponseConsumer.create(),
                    new FutureCallback<>() {
                        @Override
                        public void completed(SimpleHttpResponse response) {
                            if (handOff == null) {
                                answer.complete(response);
                            } else {
                                handOff.execute(() -> answer.complete(response));
                            }
                        }

                        @Override
                        public void failed(Exception e) {
                            answer.completeExceptionally(e);
                        }

                        @Override
                        public void cancelled() {
                            answer.cancel(false);
                        }
                    });
            mapper.readValue(answer.get().getBodyBytes(), FeltMap.class);
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
