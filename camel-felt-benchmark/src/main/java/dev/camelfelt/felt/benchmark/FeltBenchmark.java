package dev.camelfelt.felt.benchmark;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.camelfelt.engine.store.JdbcJobStore;
import dev.camelfelt.engine.store.JobStore;
import dev.camelfelt.engine.testing.Postgres;

/**
 * Measures camel-felt against stubs of Felt on 127.0.0.1 and prints each figure next to its goal. From the project
 * root, run
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmark -pl camel-felt-benchmark -am -DskipTests verify
 * </pre>
 *
 * which builds camel-felt, then forks a JVM with -Xmx512m that prints the figures to standard output. The runs, in
 * order: requests, exports, throttled, consumer-file, consumer-postgres, download, upload; {@code -Dbenchmark.only=} a
 * comma-separated list of them runs only those. {@link Settings} lists the other properties.
 */
public final class FeltBenchmark {

    private static final List<String> RUNS = List.of("requests", "exports", "throttled", "consumer-file",
            "consumer-postgres", "download", "upload");

    private FeltBenchmark() {
    }

    /** @param args the working directory, for the large download and the file store; target/benchmark if none */
    public static void main(String[] args) {
        try {
            run(Path.of(args.length > 0 ? args[0] : "target/benchmark"));
        } catch (Exception e) {
            e.printStackTrace();
            // a thread left behind by a failed run must not hang the build
            System.exit(1);
        }
        System.exit(0);
    }

    private static final int WARM_UP_EXPORTS = 2_000;

    private static void run(Path workDirectory) throws Exception {
        // the JDK HttpServer stubs would otherwise meet Nagle's algorithm and delayed ACKs: 40 ms per small answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // and would close all but 200 idle connections, under clients that pool up to 1,000
        System.setProperty("sun.net.httpserver.maxIdleConnections", "2000");
        Settings settings = Settings.fromSystemProperties();
        String only = System.getProperty("benchmark.only", "all");
        List<String> runs = "all".equals(only) ? RUNS : Arrays.stream(only.split(",")).map(String::trim).toList();
        if (!RUNS.containsAll(runs)) {
            throw new IllegalArgumentException("benchmark.only lists runs of " + RUNS + ", or is all: " + only);
        }
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        Report report = new Report(System.out);
        report.heading("camel-felt benchmark: Java %s, %d CPUs, max heap %d MiB; runs %s; %s",
                Runtime.version(), os.getAvailableProcessors(), Runtime.getRuntime().maxMemory() / Bytes.MIB, runs,
                settings);
        // a file is made and deleted per export there, and what that costs depends on the file system
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
        report.heading("temporary downloads in %s (%s)", temporary, Files.getFileStore(temporary).type());
        // the machine may be shared: a busy one makes every figure worse
        report.heading("system load average at the start: %.1f", os.getSystemLoadAverage());
        Set<String> warmedUp = new HashSet<>();
        for (String name : runs) {
            report.blank();
            warmUp(name, settings, warmedUp, report);
            switch (name) {
                case "requests" -> new RequestPathRun(settings.latencyMillis(), report).run();
                case "exports" -> new ConcurrentExportsRun(settings, false, report).run();
                case "throttled" -> new ConcurrentExportsRun(settings, true, report).run();
                case "consumer-file" -> {
                    warmUpConsumer("a file store", ConsumerRun.fileStore(workDirectory.resolve("warm-up.journal")),
                            settings, report);
                    new ConsumerRun(settings, "a FileJobStore",
                            ConsumerRun.fileStore(workDirectory.resolve("jobs.journal")), report).run();
                }
                case "consumer-postgres" -> {
                    try (HikariDataSource database = postgres()) {
                        warmUpConsumer("a table of its own on the same PostgreSQL",
                                ConsumerRun.jdbcStore(database, "warm_up_job"), settings, report);
                        new ConsumerRun(settings, "a JdbcJobStore on PostgreSQL",
                                ConsumerRun.jdbcStore(database, JdbcJobStore.DEFAULT_TABLE), report).run();
                    }
                }
                case "download" -> new LargeDownloadRun(workDirectory.resolve("downloads"), report).run();
                default -> new LargeUploadRun(workDirectory.resolve("uploads"), report).run();
            }
            report.heading("system load average after it: %.1f", os.getSystemLoadAverage());
        }
    }

    /**
     * Before the first run of exports, the same kind of run with {@link #WARM_UP_EXPORTS} exports, its figures
     * dropped: in a fresh JVM the JIT compiler takes more CPU than the component for the first 20 seconds or so, which
     * would be measured as the component's.
     */
    private static void warmUp(String run, Settings settings, Set<String> warmedUp, Report report) throws Exception {
        if (List.of("exports", "throttled").contains(run) && warmedUp.add("exports")) {
            Settings warmUp = warmUpSettings(settings);
            report.heading("(warm-up: %,d felt:export through the same route, not measured)", warmUp.exports());
            new ConcurrentExportsRun(warmUp, false, dropped()).run();
        }
    }

    /**
     * Before each consumer run, the same run with {@link #WARM_UP_EXPORTS} exports on a store of the same kind, its
     * figures dropped: each store's code (a JDBC driver's too) is compiled while it runs first.
     */
    private static void warmUpConsumer(String store, Supplier<JobStore> stores, Settings settings, Report report)
            throws Exception {
        Settings warmUp = warmUpSettings(settings);
        report.heading("(warm-up: the consumer with %,d exports on %s, not measured)", warmUp.exports(), store);
        new ConsumerRun(warmUp, store, stores, dropped()).run();
    }

    private static Settings warmUpSettings(Settings settings) {
        return settings.withExports(Math.min(WARM_UP_EXPORTS, settings.exports()));
    }

    private static Report dropped() {
        return new Report(new PrintStream(OutputStream.nullOutputStream()));
    }

    /** An embedded PostgreSQL on 127.0.0.1 behind a connection pool, as an application would use it. */
    private static HikariDataSource postgres() {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(Postgres.jdbcUrl());
        pool.setMaximumPoolSize(10);
        pool.setPoolName("benchmark-db");
        return new HikariDataSource(pool);
    }
}
