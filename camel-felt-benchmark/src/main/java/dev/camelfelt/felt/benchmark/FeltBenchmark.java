package dev.camelfelt.felt.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Path;

/**
 * Measures felt:export under load against stubs of Felt on 127.0.0.1: a thousand exports at once (threads, heap,
 * polling, delivery lag), then one 1 GiB download (heap, throughput). From the project root, run
 *
 * <pre>
 * ./mvnw -B -q -Pbenchmark -pl camel-felt-benchmark -am -DskipTests verify
 * </pre>
 *
 * which builds camel-felt, then forks a JVM with -Xmx512m that prints the figures to standard output. Add
 * {@code -Dbenchmark.seed=N} to change how many polls each export takes, {@code -Dbenchmark.latency=ms} to change
 * the stub's latency of the request path run (100 ms), and {@code -Dbenchmark.only=requests} to run only that.
 */
public final class FeltBenchmark {

    private FeltBenchmark() {
    }

    /** @param args the working directory, under which the large download lands; target/benchmark if none */
    public static void main(String[] args) throws Exception {
        // the JDK HttpServer stubs would otherwise meet Nagle's algorithm and delayed ACKs: 40 ms per small answer
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // and would close all but 200 idle connections, under clients that pool 200 each
        System.setProperty("sun.net.httpserver.maxIdleConnections", "2000");
        Path workDirectory = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        long seed = Long.getLong("benchmark.seed", 1);
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        Report report = new Report(System.out);
        report.heading("camel-felt benchmark: Java %s, %d CPUs, max heap %d MiB", Runtime.version(),
                os.getAvailableProcessors(), Runtime.getRuntime().maxMemory() / Bytes.MIB);
        // the machine may be shared: a busy one makes every figure worse
        report.heading("system load average at the start: %.1f", os.getSystemLoadAverage());
        report.blank();
        if ("upload".equals(System.getProperty("benchmark.only"))) {
            new LargeUploadRun(workDirectory.resolve("uploads"), report).run();
            return;
        }
        new RequestPathRun(Long.getLong("benchmark.latency", 100), report).run();
        if (!"requests".equals(System.getProperty("benchmark.only"))) {
            report.blank();
            new ConcurrentExportsRun(seed, report).run();
            report.blank();
            new LargeDownloadRun(workDirectory.resolve("downloads"), report).run();
            report.blank();
            new LargeUploadRun(workDirectory.resolve("uploads"), report).run();
        }
        report.blank();
        report.heading("system load average at the end: %.1f", os.getSystemLoadAverage());
    }
}
