package dev.camelfelt.engine.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Claims held in this JVM, for the stores that only one node uses at a time. */
final class Leases {

    private record Lease(String owner, Instant until) {
    }

    private final Map<String, Lease> leases = new ConcurrentHashMap<>();
    private final Clock clock;

    Leases(Clock clock) {
        this.clock = clock;
    }

    boolean claim(String key, String owner, Duration lease) {
        Instant now = clock.instant();
        Lease claimed = leases.compute(key, (k, held) -> held == null || held.owner().equals(owner)
                                                       || !held.until().isAfter(now)
                ? new Lease(owner, now.plus(lease)) : held);
        return claimed.owner().equals(owner);
    }

    void release(String key, String owner) {
        leases.computeIfPresent(key, (k, held) -> held.owner().equals(owner) ? null : held);
    }

    void forget(String key) {
        leases.remove(key);
    }
}
