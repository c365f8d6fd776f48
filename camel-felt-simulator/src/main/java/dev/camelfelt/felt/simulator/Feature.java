package dev.camelfelt.felt.simulator;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A point feature of a vector layer, with its attribute values in column order. */
public record Feature(String id, double longitude, double latitude, Map<String, Object> properties) {

    /** Keeps the attribute order (it becomes the CSV column order) while making the properties read-only. */
    public Feature {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
