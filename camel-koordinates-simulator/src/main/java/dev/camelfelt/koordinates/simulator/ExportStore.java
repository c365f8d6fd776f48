package dev.camelfelt.koordinates.simulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The exports, their life cycle and the storage keys of their archives, safe for concurrent use. */
final class ExportStore {

    private static final int FIRST_ID = 101;

    private final int pollsUntilComplete;
    private final Duration lifetime;
    private final Clock clock;
    private final AtomicInteger nextId = new AtomicInteger(FIRST_ID);
    private final ConcurrentMap<Integer, ExportRecord> exports = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Integer> storageKeys = new ConcurrentHashMap<>();
    private final Set<Integer> failingLayerIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong downloadsServed = new AtomicLong();

    ExportStore(int pollsUntilComplete, Duration lifetime, Clock clock) {
        this.pollsUntilComplete = pollsUntilComplete;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    void reset() {
        exports.clear();
        storageKeys.clear();
        failingLayerIds.clear();
        downloadsServed.set(0);
        nextId.set(FIRST_ID);
    }

    ExportRecord create(ExportRequest request) {
        int id = nextId.getAndIncrement();
        ExportRecord export = new ExportRecord(id, ExportNames.of(request), clock.instant(), ExportRecord.PROCESSING, 0,
                0.0, null, request);
        exports.put(id, export);
        return pollsUntilComplete == 0 ? poll(id).orElseThrow() : export;
    }

    /** Counts one poll of an export and returns its state after it. */
    Optional<ExportRecord> poll(int id) {
        return Optional.ofNullable(exports.computeIfPresent(id, (key, export) -> export
                .aged(clock.instant(), lifetime)
                .polled(pollsUntilComplete, fails(export), clock.instant())));
    }

    /** Returns an export's state without counting a poll. */
    Optional<ExportRecord> find(int id) {
        return Optional.ofNullable(exports.computeIfPresent(id, (key, export) -> export.aged(clock.instant(), lifetime)));
    }

    /** Every export, newest first. */
    List<ExportRecord> list() {
        return exports.keySet().stream().map(this::find).flatMap(Optional::stream)
                .sorted(Comparator.comparing(ExportRecord::id).reversed()).toList();
    }

    /** Cancels a processing export; returns empty when there is none, else the export after the attempt. */
    Optional<ExportRecord> cancel(int id) {
        return Optional.ofNullable(exports.computeIfPresent(id, (key, export) -> {
            ExportRecord current = export.aged(clock.instant(), lifetime);
            return ExportRecord.PROCESSING.equals(current.state()) ? current.cancelled() : current;
        }));
    }

    void expire(int id) {
        exports.computeIfPresent(id, (key, export) -> export.gone());
    }

    void failExportsOfLayer(int layerId) {
        failingLayerIds.add(layerId);
    }

    /** A fresh key under which storage serves a complete export's archive, as a pre-signed URL would. */
    String storageKey(int id) {
        String key = UUID.randomUUID().toString();
        storageKeys.put(key, id);
        return key;
    }

    /** The export a storage key was issued for, while it is still complete. */
    Optional<ExportRecord> downloadable(String storageKey) {
        return Optional.ofNullable(storageKeys.get(storageKey)).flatMap(this::find)
                .filter(export -> ExportRecord.COMPLETE.equals(export.state()));
    }

    void downloadServed() {
        downloadsServed.incrementAndGet();
    }

    long downloadsServed() {
        return downloadsServed.get();
    }

    private boolean fails(ExportRecord export) {
        return export.request().items().stream().anyMatch(item -> failingLayerIds.contains(item.layer().id()));
    }
}
