package dev.camelfelt.felt.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

/**
 * Samples the heap in use and the live threads every 10 ms on a thread of its own (counted among the live threads),
 * keeping the peaks, and which pools the threads belonged to at the thread peak. The JVM's own thread peak, which
 * also sees threads that live shorter than a sample, is reset at the start. The heap in use includes garbage not
 * collected yet, so it also keeps the largest heap left after a garbage collection, which is what the run really
 * holds.
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
    private final AtomicLong peakHeapAfterGc = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final NotificationListener gcListener = (notification, handback) -> afterGc(notification);

    static JvmSampler start() {
        JvmSampler jvm = new JvmSampler();
        jvm.sampler.setDaemon(true);
        jvm.sampler.start();
        jvm.heapAtStart = jvm.heapUsedNow();
        jvm.threadsAtStart = jvm.threads.getThreadCount();
        jvm.threads.resetPeakThreadCount();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(jvm.gcListener, null, null);
        }
        return jvm;
    }

    private void afterGc(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GcInfo gc = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        long used = gc.getMemoryUsageAfterGc().entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        peakHeapAfterGc.accumulateAndGet(used, Math::max);
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

    /** The most heap left in use after a garbage collection; 0 when none ran. */
    long peakHeapAfterGc() {
        return peakHeapAfterGc.get();
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
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(gcListener);
            } catch (ListenerNotFoundException e) {
                // closed twice
            }
        }
    }
}
