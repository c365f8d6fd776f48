package dev.camelfelt.felt.benchmark;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time used since it was started, by the whole process and by each pool of threads, to tell whether the
 * component or the stub it talks to is busy. Threads that ended meanwhile are missing from the pools.
 */
final class CpuMeter {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private final Map<Long, Long> threadCpuAtStart = new HashMap<>();
    private final long processCpuAtStart;
    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final long jitMillisAtStart = jitMillis();
    private final long gcMillisAtStart = gcMillis();

    private CpuMeter() {
        for (long id : threads.getAllThreadIds()) {
            threadCpuAtStart.put(id, Math.max(0, threads.getThreadCpuTime(id)));
        }
        processCpuAtStart = os.getProcessCpuTime();
    }

    static CpuMeter start() {
        return new CpuMeter();
    }

    /** Nanoseconds of CPU the process has used since the start, garbage collection and compilation included. */
    long processCpu() {
        return os.getProcessCpuTime() - processCpuAtStart;
    }

    /**
     * Milliseconds the JIT compilers spent compiling since the start, elapsed across their threads (their waits for a
     * core included): compiling during a run takes CPU from what is measured, so a figure with much of it was not
     * measured warm.
     */
    long compilingMillis() {
        return jitMillis() - jitMillisAtStart;
    }

    /** Milliseconds of garbage collection since the start, the collectors' own reckoning (pauses and concurrent). */
    long collectingMillis() {
        return gcMillis() - gcMillisAtStart;
    }

    private long jitMillis() {
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** Nanoseconds of CPU each pool's live threads have used since the start. */
    Map<String, Long> cpuByPool() {
        Map<String, Long> byPool = new TreeMap<>();
        for (ThreadInfo thread : threads.getThreadInfo(threads.getAllThreadIds())) {
            long cpu = thread == null ? -1 : threads.getThreadCpuTime(thread.getThreadId());
            if (cpu >= 0) {
                byPool.merge(ThreadPools.poolOf(thread.getThreadName()),
                        cpu - threadCpuAtStart.getOrDefault(thread.getThreadId(), 0L), Long::sum);
            }
        }
        return byPool;
    }
}
