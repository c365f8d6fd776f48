package dev.camelfelt.felt.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelfelt.engine.job.JobRef;
import dev.camelfelt.engine.store.JobRecord;
import dev.camelfelt.engine.store.JobStore;

/**
 * A job store that times how long its start (loading what it holds) takes and notes when each job was first
 * claimed: the consumer claims a job right before it polls it, so the last first claim is when it has them all
 * scheduled.
 */
final class TimedJobStore implements JobStore {

    private final JobStore store;
    private final Map<String, Long> firstClaims = new ConcurrentHashMap<>();
    private volatile long startNanos;

    TimedJobStore(JobStore store) {
        this.store = store;
    }

    /** How long its first start took, in nanoseconds: Camel starts it again, which does nothing. */
    long startNanos() {
        return startNanos;
    }

    /** The {@link System#nanoTime()} of the earliest claim of a job, 0 if none. */
    long firstClaim() {
        return firstClaims.values().stream().mapToLong(Long::longValue).min().orElse(0);
    }

    /** The {@link System#nanoTime()} of the latest first claim of a job, 0 if none. */
    long lastFirstClaim() {
        return firstClaims.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /** How many jobs were claimed. */
    int claimed() {
        return firstClaims.size();
    }

    @Override
    public void start() {
        long begin = System.nanoTime();
        store.start();
        if (startNanos == 0) {
            startNanos = System.nanoTime() - begin;
        }
    }

    @Override
    public void stop() {
        store.stop();
    }

    @Override
    public boolean add(JobRef job) {
        return store.add(job);
    }

    @Override
    public Optional<JobRecord> get(String key) {
        return store.get(key);
    }

    @Override
    public List<JobRecord> pending(String type) {
        return store.pending(type);
    }

    @Override
    public boolean claim(String key, String owner, Duration lease) {
        boolean claimed = store.claim(key, owner, lease);
        if (claimed) {
            firstClaims.putIfAbsent(key, System.nanoTime());
        }
        return claimed;
    }

    @Override
    public Set<String> claimAll(List<String> keys, String owner, Duration lease) {
        Set<String> claimed = store.claimAll(keys, owner, lease);
        long now = System.nanoTime();
        claimed.forEach(key -> firstClaims.putIfAbsent(key, now));
        return claimed;
    }

    @Override
    public Optional<JobRecord> claimedRecord(String key, String owner, Duration lease) {
        return store.claimedRecord(key, owner, lease);
    }

    @Override
    public void releaseAll(List<String> keys, String owner) {
        store.releaseAll(keys, owner);
    }

    @Override
    public void release(String key, String owner) {
        store.release(key, owner);
    }

    @Override
    public void recordFailedDelivery(String key, int failedDeliveries, String file) {
        store.recordFailedDelivery(key, failedDeliveries, file);
    }

    @Override
    public void finish(String key, String finalStatus) {
        store.finish(key, finalStatus);
    }
}
