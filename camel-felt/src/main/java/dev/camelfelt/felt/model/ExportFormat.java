package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The data formats of a custom layer export. */
public enum ExportFormat {
    CSV("csv"),
    GPKG("gpkg"),
    GEOJSON("geojson"),
    GEOTIFF("geotiff"),
    PMTILES("pmtiles");

    private final String value;

    ExportFormat(String value) {
        this.value = value;
    }

    /** The value Felt's API uses. */
    @JsonValue
    public String value() {
        return value;
    }
}
