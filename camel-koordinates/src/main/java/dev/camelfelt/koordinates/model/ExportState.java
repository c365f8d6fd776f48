package dev.camelfelt.koordinates.model;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The states of an export: {@code processing} becomes one of the others; {@code complete} may become {@code gone}. */
public enum ExportState {
    PROCESSING,
    COMPLETE,
    CANCELLED,
    ERROR,
    GONE;

    /** Whether the export will change no more (a complete export may still become gone). */
    public boolean isFinal() {
        return this != PROCESSING;
    }

    /** The name Koordinates uses, e.g. {@code complete}. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ExportState of(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }
}
