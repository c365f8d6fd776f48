package dev.camelfelt.example;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads a GeoJSON FeatureCollection file. */
public final class GeoJsonFeatures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GeoJsonFeatures() {
    }

    /** How many features the file's FeatureCollection holds. */
    public static int count(Path file) throws IOException {
        JsonNode collection = MAPPER.readTree(file.toFile());
        if (!"FeatureCollection".equals(collection.path("type").asText())) {
            throw new IOException(file + " is not a GeoJSON FeatureCollection");
        }
        return collection.path("features").size();
    }
}
