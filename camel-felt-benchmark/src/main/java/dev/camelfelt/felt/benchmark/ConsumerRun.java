package dev.camelfelt.felt.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import javax.sql.DataSource;

import dev.camelfelt.engine.store.FileJobStore;
import dev.camelfelt.engine.store.JdbcJobStore;
import dev.camelfelt.engine.store.JobStore;
import dev.camelfelt.felt.export.ExportRef;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;

/**
 * The felt:export consumer with many exports tracked in a durable job store: felt:export/create starts them (the
 * producer tracks each in the store), the consumer polls them and routes each once the stub has completed it. Then a
 * restart: as many exports again are started while the stub holds them in progress, the CamelContext is stopped
 * with all of them pending, the stub completes them, and a new CamelContext on a new store over the same file or
 * database resumes them.
 */
final class ConsumerRun {

    private static final String STORE_BEAN = "jobs";
    private static final long TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(30);

    private final Settings settings;
    private final String storeName;
    private final Supplier<JobStore> newStore;
    private final Report report;

    /** @param newStore a new store over the same file or database each time: one for each CamelContext */
    ConsumerRun(Settings settings, String storeName, Supplier<JobStore> newStore, Report report) {
        this.settings = settings;
        this.storeName = storeName;
        this.newStore = newStore;
        this.report = report;
    }

    private String consumerUri() {
        return "felt:export?mapId=m&layerId=l&jobStore=#" + STORE_BEAN + "&initialDelay=0&delay="
               + settings.pollDelayMillis();
    }

    void run() throws Exception {
        int exports = settings.exports();
        report.heading("The felt:export consumer, %,d exports tracked in %s, request budget off, stub latency %d ms",
                exports, storeName, settings.latencyMillis());
        report.heading("  from(\"%s\")", consumerUri());
        ExportReceiver receiver = new ExportReceiver();
        try (FeltExportStub stub = new FeltExportStub(settings.latencyMillis(), settings.seed(), 0)) {
            TimedJobStore store = new TimedJobStore(newStore.get());
            store.start();
            CamelContext camel = context(stub, store, receiver);
            camel.start();
            try {
                track(stub, receiver, camel, exports);
                stub.setHolding(true);
                create(camel, exports);
            } finally {
                // with all the held exports pending
                camel.close();
            }
            stub.releaseHeld();
            stub.setHolding(false);
            resume(stub, receiver, exports);
        }
    }

    private void track(FeltExportStub stub, ExportReceiver receiver, CamelContext camel, int exports) throws Exception {
        System.gc();
        JvmSampler jvm = JvmSampler.start();
        long start = System.nanoTime();
        int failed = create(camel, exports);
        long created = System.nanoTime();
        awaitReceived(receiver, exports);
        long end = System.nanoTime();
        jvm.close();
        report.line("exports created / failed", "%,d / %d in %.1f s (felt:export/create, tracked in the store)",
                exports - failed, failed, (created - start) / 1e9);
        report.line("exports routed", "%,d of %,d, all within %.1f s of the start", receiver.received(), exports,
                (end - start) / 1e9);
        report.line("routed twice / downloaded twice", "%d / %d (goal: 0)", receiver.arrivedTwice(),
                stub.downloadedTwice(receiver.deliveries().keySet()));
        report.line("component's threads at the peak", "%d (goal <= 16); all by pool: %s",
                ThreadPools.componentThreads(jvm.threadsAtPeak()), ThreadPools.describe(jvm.threadsAtPeak(),
                        Long::toString));
        report.line("heap: peak left after a GC", "%s (goal < 256 MiB); peak in use %s", Bytes.mib(jvm.peakHeapAfterGc()),
                Bytes.mib(jvm.peakHeapUsed()));
        ConcurrentExportsRun.reportLag(report, settings, stub, receiver, true);
    }

    private void resume(FeltExportStub stub, ExportReceiver receiver, int exports) throws Exception {
        int before = receiver.received();
        long start = System.nanoTime();
        TimedJobStore store = new TimedJobStore(newStore.get());
        store.start();
        int pending = store.pending(ExportRef.JOB_TYPE).size();
        CamelContext camel = context(stub, store, receiver);
        try {
            camel.start();
            awaitReceived(receiver, before + exports);
            long end = System.nanoTime();
            var resumed = receiver.deliveries().entrySet().stream()
                    .filter(delivery -> delivery.getValue().arrivedAt() > start).map(Map.Entry::getKey)
                    .toList();
            long lastPolled = resumed.stream().mapToLong(stub::completedAnswerAt).max().orElse(0);
            report.line("restart with pending exports", "%,d pending in the store when the new CamelContext"
                        + " started", pending);
            report.line("  the store loaded", "%.1f ms", store.startNanos() / 1e6);
            report.line("  polling resumed", "%.0f ms after the new store was created (the first claim; goal < 1 s)",
                    (store.firstClaim() - start) / 1e6);
            report.line("  all claimed and polls sent", "%.0f ms (%,d claimed; a round spreads its polls over half the"
                        + " delay, %,d ms)", (store.lastFirstClaim() - start) / 1e6, store.claimed(),
                    settings.pollDelayMillis() / 2);
            report.line("  the first poll covered them all", "%.0f ms (the stub's last first answer)",
                    (lastPolled - start) / 1e6);
            report.line("  all routed", "%.1f s", (end - start) / 1e9);
            report.line("routed twice / downloaded twice", "%d / %d of all %,d (goal: 0)", receiver.arrivedTwice(),
                    stub.downloadedTwice(receiver.deliveries().keySet()), receiver.received());
        } finally {
            camel.close();
        }
    }

    private CamelContext context(FeltExportStub stub, JobStore store, ExportReceiver receiver) throws Exception {
        CamelContext camel = FeltCamel.create(stub.baseUrl(), false);
        camel.getRegistry().bind(STORE_BEAN, store);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(consumerUri()).process(receiver);
            }
        });
        return camel;
    }

    /** Starts the exports through felt:export/create from one thread; answers how many failed. */
    private static int create(CamelContext camel, int exports) throws Exception {
        AsyncProducer producer = camel.getEndpoint("felt:export/create?mapId=m&layerId=l&format=geojson&jobStore=#"
                                                   + STORE_BEAN).createAsyncProducer();
        producer.start();
        try {
            List<CompletableFuture<Exchange>> sent = new ArrayList<>(exports);
            for (int i = 0; i < exports; i++) {
                sent.add(producer.processAsync(new DefaultExchange(camel)));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
            return (int) sent.stream().map(CompletableFuture::join).map(Exchange::getException)
                    .filter(Objects::nonNull).count();
        } finally {
            producer.stop();
        }
    }

    private static void awaitReceived(ExportReceiver receiver, int count) {
        long deadline = System.nanoTime() + TIMEOUT_NANOS;
        while (receiver.received() < count) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + receiver.received() + " of " + count + " exports routed");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    /** A new JDBC store over the same table of {@code database} each time. */
    static Supplier<JobStore> jdbcStore(DataSource database, String table) {
        return () -> new JdbcJobStore(database, table, Clock.systemUTC(), Duration.ofDays(1));
    }

    /** A new file store over the journal at {@code journal}, deleted first. */
    static Supplier<JobStore> fileStore(Path journal) throws Exception {
        Files.createDirectories(journal.getParent());
        Files.deleteIfExists(journal);
        return () -> new FileJobStore(journal);
    }
}
