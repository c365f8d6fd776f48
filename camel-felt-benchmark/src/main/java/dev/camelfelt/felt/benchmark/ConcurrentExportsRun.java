package dev.camelfelt.felt.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.Exchange;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Run 1: a thousand felt:export exchanges at once against a stub whose exports complete after 1 to 10 polls. Shows
 * whether waiting exports cost threads or heap, how often each export is really polled, and how late the route
 * hears of an export the stub has completed.
 */
final class ConcurrentExportsRun {

    private static final int EXPORTS = 1000;
    private static final int MAX_POLLS = 10;
    private static final long INITIAL_DELAY_MILLIS = 50;
    private static final long DELAY_MILLIS = 100;
    // a fixed delay (backoffMultiplier=1), so that the figures measure the component, not its backoff
    private static final String FELT_EXPORT = "felt:export?mapId=m&layerId=l&format=geojson&initialDelay="
                                              + INITIAL_DELAY_MILLIS + "&delay=" + DELAY_MILLIS
                                              + "&backoffMultiplier=1&waitTimeout=5m";
    // enough for the stub never to make a request queue
    private static final int STUB_THREADS = 50;

    private final long seed;
    private final Report report;

    ConcurrentExportsRun(long seed, Report report) {
        this.seed = seed;
        this.report = report;
    }

    void run() throws Exception {
        CustomExportStub exports = new CustomExportStub(new Random(seed), MAX_POLLS, smallZip());
        WireMockServer felt = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .containerThreads(STUB_THREADS).disableRequestJournal()
                // else it gzips every answer, since the client accepts gzip, costing CPU that the component needs
                .gzipDisabled(true).extensions(exports));
        felt.start();
        try {
            felt.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(CustomExportStub.NAME)));
            measure(felt.baseUrl(), exports);
        } finally {
            felt.stop();
        }
    }

    private static byte[] smallZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("layer.geojson"));
            zip.write(("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                       + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[4.9,52.37]}}]}")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private void measure(String feltBaseUrl, CustomExportStub exports) throws Exception {
        ExportReceiver receiver = new ExportReceiver();
        try (ExportRoute route = new ExportRoute(feltBaseUrl, FELT_EXPORT, receiver)) {
            // one export first, so that class loading and first connections do not count as lag
            Exchange warmUp = route.template().send(ExportRoute.START, exchange -> { });
            if (warmUp.getException() != null) {
                throw new IllegalStateException("The warm-up export failed", warmUp.getException());
            }
            receiver.clear();
            long pollsBefore = exports.statusPolls();

            JvmSampler jvm = JvmSampler.start();
            CpuMeter cpu = CpuMeter.start();
            long start = System.nanoTime();
            // the template's own pool (the ProducerTemplate threads) makes the create calls; no wait holds a thread
            List<CompletableFuture<Exchange>> sent = new ArrayList<>(EXPORTS);
            for (int i = 0; i < EXPORTS; i++) {
                sent.add(route.template().asyncSend(ExportRoute.START, exchange -> { }));
            }
            long allSent = System.nanoTime();
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(6, TimeUnit.MINUTES);
            long end = System.nanoTime();
            int threadsAfter = jvm.threadsNow();
            long heapAfter = jvm.heapUsedNow();
            Map<String, Long> cpuByPool = cpu.cpuByPool();
            long processCpu = cpu.processCpu();
            jvm.close();
            System.gc();
            long heapAfterGc = jvm.heapUsedNow();

            double seconds = (end - start) / 1e9;
            List<Exception> failures = sent.stream().map(CompletableFuture::join).map(Exchange::getException)
                    .filter(Objects::nonNull).toList();
            long polls = exports.statusPolls() - pollsBefore;
            Map<String, ExportReceiver.Delivery> deliveries = receiver.deliveries();

            report.heading("Run 1: %d exports at once, each completed by the stub at a random poll from 1 to %d"
                           + " (seed %d)", EXPORTS, MAX_POLLS, seed);
            report.heading("  %s, maxRequestsPerSecond=%d", FELT_EXPORT, route.felt().getMaxRequestsPerSecond());
            double fastestSeconds = (INITIAL_DELAY_MILLIS + (MAX_POLLS - 1) * DELAY_MILLIS) / 1e3;
            report.line("total time", "%.2f s (all sent within %.2f s; %d polls take at least %.2f s)", seconds,
                    (allSent - start) / 1e9, MAX_POLLS, fastestSeconds);
            report.line("exports completed / failed", "%d / %d", EXPORTS - failures.size(), failures.size());
            failures.stream().map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()).distinct().limit(3)
                    .forEach(message -> report.line("failure", "%s", message));
            report.line("status polls answered", "%d, %.0f per second", polls, polls / seconds);
            report.line("time from a poll to the next", DurationSummary.ofNanos(exports.pollIntervals(
                    deliveries.keySet())), " (asked for: " + DELAY_MILLIS + " ms after the answer)");
            report.line("live threads before / peak / after", "%d / %d / %d (peak sampled every 10 ms; the JVM's"
                        + " own peak count: %d)", jvm.threadsAtStart(), jvm.peakThreads(), threadsAfter,
                    jvm.jvmPeakThreads());
            report.line("threads at the peak, by pool", "%s",
                    ThreadPools.describe(jvm.threadsAtPeak(), Long::toString));
            report.line("heap used before / peak / after", "%s / %s / %s, after GC %s (peak sampled every 10 ms)",
                    Bytes.mib(jvm.heapAtStart()), Bytes.mib(jvm.peakHeapUsed()), Bytes.mib(heapAfter),
                    Bytes.mib(heapAfterGc));
            int cpus = Runtime.getRuntime().availableProcessors();
            report.line("CPU used", "%.1f s of %d CPUs x %.1f s; by pool: %s", processCpu / 1e9, cpus, seconds,
                    ThreadPools.describe(cpuByPool, nanos -> String.format("%.1f s", nanos / 1e9)));
            report.line("lag from the stub's \"completed\"", DurationSummary.ofNanos(lag(deliveries,
                    exports::completedAt, id -> deliveries.get(id).arrivedAt())), " to the route, of which");
            report.line("  until the file is asked for", DurationSummary.ofNanos(lag(deliveries,
                    exports::completedAt, exports::downloadRequestedAt)), " (the answer, a download thread)");
            report.line("  from then to the route", DurationSummary.ofNanos(lag(deliveries,
                    exports::downloadRequestedAt, id -> deliveries.get(id).arrivedAt())),
                    " (the download, routing on)");
        }
    }

    private static long[] lag(Map<String, ExportReceiver.Delivery> deliveries, ToLongFunction<String> from,
                              ToLongFunction<String> to) {
        return deliveries.keySet().stream()
                .filter(id -> from.applyAsLong(id) != 0 && to.applyAsLong(id) != 0)
                .mapToLong(id -> to.applyAsLong(id) - from.applyAsLong(id)).toArray();
    }
}
