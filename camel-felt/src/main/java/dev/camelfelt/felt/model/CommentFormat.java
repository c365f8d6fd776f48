package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** The formats of {@code felt:comments/export}: JSON (Felt's default), GeoJSON, or CSV (answered as text). */
public enum CommentFormat {
    JSON("json"),
    GEOJSON("geojson"),
    CSV("csv");

    private final String value;

    CommentFormat(String value) {
        this.value = value;
    }

    /** The value Felt's API uses. */
    @JsonValue
    public String value() {
        return value;
    }
}
