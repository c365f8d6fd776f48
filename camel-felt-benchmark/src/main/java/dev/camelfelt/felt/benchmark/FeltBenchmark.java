package dev.camelfelt.felt.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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

    private static void run(Path workDirectory) throws Exception {
        // the JDK HttpServer stubs would otherwise meet Nagle's algorithm and delayed ACKs: 40 ms per small answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // and would close all but 200 idle connections, under clients that pool 200 each
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
        // the machine may be shared: a busy one makes every figure worse
        report.heading("system load average at the start: %.1f", os.getSystemLoadAverage());
        for (String name : runs) {
            report.blank();
            switch (name) {
                case "requests" -> new RequestPathRun(settings.latencyMillis(), report).run();
                case "exports" -> new ConcurrentExportsRun(settings, false, report).run();
                case "throttled" -> new ConcurrentExportsRun(settings, true, report).run();
                case "consumer-file" -> new ConsumerRun(settings, "a FileJobStore",
                        ConsumerRun.fileStore(workDirectory.resolve("jobs.journal")), report).run();
                case "consumer-postgres" -> {
                    try (HikariDataSource database = postgres()) {
                        new ConsumerRun(settings, "a JdbcJobStore on PostgreSQL", ConsumerRun.jdbcStore(database),
                                report).run();
                    }
                }
                case "download" -> new LargeDownloadRun(workDirectory.resolve("downloads"), report).run();
                default -> new LargeUploadRun(workDirectory.resolve("uploads"), report).run();
            }
            report.heading("system load average after it: %.1f", os.getSystemLoadAverage());
        }
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
