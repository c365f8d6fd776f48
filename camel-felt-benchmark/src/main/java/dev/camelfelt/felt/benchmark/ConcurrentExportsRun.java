package dev.camelfelt.felt.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultExchange;

/**
 * Many felt:export in flight at once, sent through Camel's async API from one thread, against a stub whose exports
 * complete 1 to 10 s after they start: with the request budget switched off (does waiting cost threads or heap, and
 * how late does the route hear of a completed export), or with the default budget against a stub that answers 429
 * beyond 50 requests a second (does every export still complete, and how close to the best possible time).
 */
final class ConcurrentExportsRun {

    /** The stub's limit in the throttled run. */
    static final int STUB_REQUESTS_PER_SECOND = 50;

    private final Settings settings;
    private final boolean throttled;
    private final Report report;

    /** @param throttled the default budget against a stub that allows 50 requests a second; else no budget, no limit */
    ConcurrentExportsRun(Settings settings, boolean throttled, Report report) {
        this.settings = settings;
        this.throttled = throttled;
        this.report = report;
    }

    /** Fixed poll delay, so that the lag goal is one number; the wait never times out during the run. */
    private String feltExport() {
        long delay = settings.pollDelayMillis();
        return "felt:export?mapId=m&layerId=l&format=geojson&waitInitialDelay=" + delay + "&waitDelay=" + delay
               + "&waitBackoffMultiplier=1&waitTimeout=2h";
    }

    void run() throws Exception {
        int exports = settings.exports();
        if (throttled) {
            report.heading("%,d felt:export in flight, default request budget, against a stub that answers 429 beyond"
                           + " %d requests a second (latency %d ms)", exports, STUB_REQUESTS_PER_SECOND,
                    settings.latencyMillis());
        } else {
            report.heading("%,d felt:export in flight, request budget off, each completed by the stub 1 to 10 s after"
                           + " it started (latency %d ms)", exports, settings.latencyMillis());
        }
        ExportReceiver receiver = new ExportReceiver();
        try (FeltExportStub stub = new FeltExportStub(settings.latencyMillis(), settings.seed(),
                throttled ? STUB_REQUESTS_PER_SECOND : 0);
             ExportRoute route = new ExportRoute(stub.baseUrl(), feltExport(), receiver, throttled)) {
            report.heading("  %s; %s", feltExport(), FeltCamel.budget(route.camel()));
            if (!throttled) {
                report.heading("  polls wanted: %,d exports / (%d ms delay + %d ms answer) = %,.0f a second; %d"
                               + " connections at %d ms carry at most %,.0f a second",
                        exports, settings.pollDelayMillis(), settings.latencyMillis(),
                        exports * 1000.0 / (settings.pollDelayMillis() + settings.latencyMillis()),
                        FeltCamel.CONNECTIONS_WITHOUT_BUDGET, settings.latencyMillis(),
                        FeltCamel.CONNECTIONS_WITHOUT_BUDGET * 1000.0 / Math.max(1, settings.latencyMillis()));
            }
            AsyncProducer producer = route.camel().getEndpoint(ExportRoute.START).createAsyncProducer();
            producer.start();
            measure(stub, route, producer, receiver, exports);
            producer.stop();
        }
    }

    private void measure(FeltExportStub stub, ExportRoute route, AsyncProducer producer, ExportReceiver receiver,
                         int exports) throws Exception {
        System.gc();
        JvmSampler jvm = JvmSampler.start();
        CpuMeter cpu = CpuMeter.start();
        long start = System.nanoTime();
        // processAsync from this one thread: no exchange holds a thread while it waits
        List<CompletableFuture<Exchange>> sent = new ArrayList<>(exports);
        for (int i = 0; i < exports; i++) {
            sent.add(producer.processAsync(new DefaultExchange(route.camel())));
        }
        long allSent = System.nanoTime();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(2, TimeUnit.HOURS);
        long end = System.nanoTime();
        Map<String, Long> cpuByPool = cpu.cpuByPool();
        long processCpu = cpu.processCpu();
        long compiling = cpu.compilingMillis();
        long collecting = cpu.collectingMillis();
        jvm.close();
        System.gc();
        long heapAfterGc = jvm.heapUsedNow();

        double seconds = (end - start) / 1e9;
        List<Exception> failures = sent.stream().map(CompletableFuture::join).map(Exchange::getException)
                .filter(Objects::nonNull).toList();
        var ids = receiver.deliveries().keySet();
        report.line("exports completed / failed", "%,d / %,d of %,d (goal: all complete)", receiver.received(),
                failures.size(), exports);
        failures.stream().map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()).distinct().limit(3)
                .forEach(message -> report.line("failure", "%s", message));
        report.line("routed twice / downloaded twice", "%d / %d", receiver.arrivedTwice(), stub.downloadedTwice(ids));
        report.line("total time", "%.1f s (all sent within %.2f s)", seconds, (allSent - start) / 1e9);
        long pollsNeeded = stub.pollsNeeded(ids);
        report.line("API calls to the stub", "%,d: %,d creates, %,d status polls (%.1f per export), %,.0f a second",
                stub.apiCalls(), stub.exportsStarted(), stub.statusPolls(), pollsNeeded / (double) ids.size(),
                stub.apiCalls() / seconds);
        if (throttled) {
            report.line("answered 429", "%,d: %.2f%% of all API calls (goal < 5%%)", stub.throttled(),
                    100.0 * stub.throttled() / stub.apiCalls());
            double best = (stub.exportsStarted() + pollsNeeded) / (double) STUB_REQUESTS_PER_SECOND;
            report.line("time against the best possible", "%.1f s against %.1f s = %,d creates and %,d polls needed"
                        + " at %d a second: %.2fx", seconds, best, stub.exportsStarted(), pollsNeeded,
                    STUB_REQUESTS_PER_SECOND, seconds / best);
        }
        report.line("live threads before / peak", "%d / %d (the stub's included; the JVM's own peak count %d)",
                jvm.threadsAtStart(), jvm.peakThreads(), jvm.jvmPeakThreads());
        report.line("component's threads at the peak", "%d (goal <= 16); all by pool: %s",
                ThreadPools.componentThreads(jvm.threadsAtPeak()), ThreadPools.describe(jvm.threadsAtPeak(),
                        Long::toString));
        report.line("heap: peak left after a GC", "%s (goal < 256 MiB); peak in use %s (garbage included), after"
                    + " the run and a GC %s", Bytes.mib(jvm.peakHeapAfterGc()), Bytes.mib(jvm.peakHeapUsed()),
                Bytes.mib(heapAfterGc));
        report.line("CPU used", "%.1f s of %d CPUs x %.1f s; JIT compiling %.1f s, GC %.1f s; by pool: %s",
                processCpu / 1e9, Runtime.getRuntime().availableProcessors(), seconds, compiling / 1e3,
                collecting / 1e3, ThreadPools.describe(cpuByPool, nanos -> String.format("%.1f s", nanos / 1e9)));
        reportLag(report, settings, stub, receiver, !throttled);
    }

    /**
     * The lag from each export's completion at the stub to the route, split at the poll that saw it complete; with
     * the goal where one applies (when the budget does not bind).
     */
    static void reportLag(Report report, Settings settings, FeltExportStub stub, ExportReceiver receiver,
                          boolean goal) {
        var ids = receiver.deliveries().keySet();
        report.line("lag: stub's completion to route", DurationSummary.between(ids, stub::completedAt,
                id -> receiver.deliveries().get(id).arrivedAt()), !goal ? " (no goal: the budget binds)"
                : String.format(" (goal p99 <= %d ms = poll delay %d + 2 x latency %d)", settings.lagGoalMillis(),
                        settings.pollDelayMillis(), settings.latencyMillis()));
        report.line("  of which until polled", DurationSummary.between(ids, stub::completedAt,
                stub::completedAnswerAt), " (the stub answering \"completed\")");
        report.line("  of which polled to routed", DurationSummary.between(ids, stub::completedAnswerAt,
                id -> receiver.deliveries().get(id).arrivedAt()), " (answer, download, routing on)");
        report.line("    polled to file asked", DurationSummary.between(ids, stub::completedAnswerAt,
                stub::downloadAskedAt), " (the answer read, the download sent and read by the stub)");
        report.line("    file asked to answered", DurationSummary.between(ids, stub::downloadAskedAt,
                stub::downloadAnsweredAt), " (the stub's latency)");
        report.line("    file answered to routed", DurationSummary.between(ids, stub::downloadAnsweredAt,
                id -> receiver.deliveries().get(id).arrivedAt()), " (the file read and written, routing on)");
    }
}
