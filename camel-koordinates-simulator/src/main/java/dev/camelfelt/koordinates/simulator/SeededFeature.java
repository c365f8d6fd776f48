package dev.camelfelt.koordinates.simulator;

import java.util.Map;

/** One row of a seeded layer: its attributes and, for a vector layer, a point in WGS84 (else both null). */
public record SeededFeature(Map<String, Object> properties, Double lon, Double lat) {

    /** Whether the row has a geometry. */
    public boolean hasPoint() {
        return lon != null && lat != null;
    }
}
