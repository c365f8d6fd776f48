package dev.camelfelt.felt.simulator;

import java.time.Instant;

/** A comment pinned on a map. */
public record FeltComment(String id, String authorName, String text, double longitude, double latitude,
        Instant createdAt, boolean resolved) {

    /** Returns this comment marked resolved. */
    FeltComment resolve() {
        return new FeltComment(id, authorName, text, longitude, latitude, createdAt, true);
    }
}
