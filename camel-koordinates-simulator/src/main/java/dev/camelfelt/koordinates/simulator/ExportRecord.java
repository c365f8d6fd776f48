package dev.camelfelt.koordinates.simulator;

import java.time.Duration;
import java.time.Instant;

/** The simulator's state of one export; each change makes a new record. */
record ExportRecord(int id, String name, Instant createdAt, String state, int polls, Double progress,
        Instant completedAt, ExportRequest request) {

    static final String PROCESSING = "processing";
    static final String COMPLETE = "complete";
    static final String CANCELLED = "cancelled";
    static final String ERROR = "error";
    static final String GONE = "gone";

    /** One more poll: progress rises by an equal step until the last poll completes the export (or fails it). */
    ExportRecord polled(int pollsUntilComplete, boolean fails, Instant now) {
        if (!PROCESSING.equals(state)) {
            return this;
        }
        int count = polls + 1;
        if (count < pollsUntilComplete) {
            return new ExportRecord(id, name, createdAt, state, count, round((double) count / pollsUntilComplete),
                    null, request);
        }
        return fails ? new ExportRecord(id, name, createdAt, ERROR, count, null, null, request)
                : new ExportRecord(id, name, createdAt, COMPLETE, count, 1.0, now, request);
    }

    ExportRecord cancelled() {
        return new ExportRecord(id, name, createdAt, CANCELLED, polls, null, null, request);
    }

    /** A complete export is removed once its lifetime is over. */
    ExportRecord aged(Instant now, Duration lifetime) {
        return COMPLETE.equals(state) && !now.isBefore(completedAt.plus(lifetime)) ? gone() : this;
    }

    ExportRecord gone() {
        return COMPLETE.equals(state) ? new ExportRecord(id, name, createdAt, GONE, polls, progress, completedAt, request)
                : this;
    }

    private static double round(double progress) {
        return Math.round(progress * 100) / 100.0;
    }
}
