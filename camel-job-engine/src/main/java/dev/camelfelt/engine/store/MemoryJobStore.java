package dev.camelfelt.engine.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelfelt.engine.job.JobRef;
import org.apache.camel.support.service.ServiceSupport;

/** Keeps the jobs in this JVM's memory: lost on restart, and seen by this node only. The default. */
public class MemoryJobStore extends ServiceSupport implements JobStore {

    private final Map<String, JobRecord> records = new ConcurrentHashMap<>();
    private final Leases leases;
    private final Clock clock;
    private final Duration retention;

    public MemoryJobStore() {
        this(Clock.systemUTC(), Duration.ofDays(1));
    }

    /** @param retention how long a finished record is kept before it is removed */
    public MemoryJobStore(Clock clock, Duration retention) {
        this.clock = clock;
        this.retention = retention;
        this.leases = new Leases(clock);
    }

    @Override
    public boolean add(JobRef job) {
        Instant now = clock.instant();
        return records.putIfAbsent(job.key(), new JobRecord(job, PENDING, 0, null, now, null)) == null;
    }

    @Override
    public Optional<JobRecord> get(String key) {
        return Optional.ofNullable(records.get(key));
    }

    @Override
    public List<JobRecord> pending(String type) {
        Instant expired = clock.instant().minus(retention);
        records.values().removeIf(r -> r.finished() != null && r.finished().isBefore(expired));
        return records.values().stream().filter(r -> r.isPending() && r.job().type().equals(type))
                .sorted(Comparator.comparing(JobRecord::created)).toList();
    }

    @Override
    public boolean claim(String key, String owner, Duration lease) {
        JobRecord record = records.get(key);
        return record != null && record.isPending() && leases.claim(key, owner, lease);
    }

    @Override
    public void release(String key, String owner) {
        leases.release(key, owner);
    }

    @Override
    public void recordFailedDelivery(String key, int failedDeliveries, String file) {
        records.computeIfPresent(key, (k, r) -> r.withDelivery(failedDeliveries, file));
    }

    @Override
    public void finish(String key, String finalStatus) {
        records.computeIfPresent(key, (k, r) -> r.finishedAs(finalStatus, clock.instant()));
        leases.forget(key);
    }
}
