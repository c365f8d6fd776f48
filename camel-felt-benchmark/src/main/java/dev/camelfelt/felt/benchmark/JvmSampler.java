package dev.camelfelt.felt.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Samples the heap in use and the live threads every 10 ms on a thread of its own (counted among the live threads),
 * keeping the peaks, and which pools the threads belonged to at the thread peak. The JVM's own thread peak, which
 * also sees threads that live shorter than a sample, is reset at the start.
 */
final class JvmSampler implements AutoCloseable {

    private static final long PERIOD_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final Thread sampler = new Thread(this::sampleUntilClosed, "benchmark-sampler");
    private long heapAtStart;
    private int threadsAtStart;
    private volatile boolean running = true;
    private volatile long peakHeapUsed;
    private volatile int peakThreads;
    private volatile Map<String, Integer> threadsAtPeak = Map.of();

    static JvmSampler start() {
        JvmSampler jvm = new JvmSampler();
        jvm.sampler.setDaemon(true);
        jvm.sampler.start();
        jvm.heapAtStart = jvm.heapUsedNow();
        jvm.threadsAtStart = jvm.threads.getThreadCount();
        jvm.threads.resetPeakThreadCount();
        return jvm;
    }

    private void sampleUntilClosed() {
        while (running) {
            sample();
            LockSupport.parkNanos(PERIOD_NANOS);
        }
    }

    private void sample() {
        long heapUsed = memory.getHeapMemoryUsage().getUsed();
        if (heapUsed > peakHeapUsed) {
            peakHeapUsed = heapUsed;
        }
        int live = threads.getThreadCount();
        if (live > peakThreads) {
            peakThreads = live;
            threadsAtPeak = liveThreadsByPool();
        }
    }

    private static Map<String, Integer> liveThreadsByPool() {
        Thread[] live = new Thread[Thread.activeCount() + 64];
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        int count = root.enumerate(live, true);
        Map<String, Integer> byPool = new TreeMap<>();
        Arrays.stream(live, 0, count)
                .forEach(thread -> byPool.merge(ThreadPools.poolOf(thread.getName()), 1, Integer::sum));
        return byPool;
    }

    long heapUsedNow() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    long heapAtStart() {
        return heapAtStart;
    }

    int threadsAtStart() {
        return threadsAtStart;
    }

    int threadsNow() {
        return threads.getThreadCount();
    }

    /** The JVM's own count of the most threads alive at once since the start. */
    int jvmPeakThreads() {
        return threads.getPeakThreadCount();
    }

    long peakHeapUsed() {
        return peakHeapUsed;
    }

    int peakThreads() {
        return peakThreads;
    }

    Map<String, Integer> threadsAtPeak() {
        return threadsAtPeak;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        sampler.join();
        sample();
    }
}
