package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** What Felt reads out of an uploaded file: the point features of GeoJSON, directly or inside a ZIP archive. */
record UploadedData(String geometryType, List<Feature> features) {

    private static final UploadedData UNREADABLE = new UploadedData(null, List.of());

    /** Reads a file by its name, as Felt infers the format from it; other formats yield no features. */
    static UploadedData read(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return readZip(content);
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return readGeoJson(content);
        }
        return UNREADABLE;
    }

    private static UploadedData readZip(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                UploadedData data = read(entry.getName(), zip.readAllBytes());
                if (!data.features().isEmpty()) {
                    return data;
                }
            }
            return UNREADABLE;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded archive", e);
        }
    }

    private static UploadedData readGeoJson(byte[] content) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(content);
        } catch (IOException e) {
            return UNREADABLE;
        }
        List<Feature> features = new ArrayList<>();
        for (JsonNode feature : root.path("features")) {
            JsonNode geometry = feature.path("geometry");
            if (!"Point".equals(geometry.path("type").asText())) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            feature.path("properties").properties().forEach(property -> properties.put(property.getKey(),
                    Json.MAPPER.convertValue(property.getValue(), Object.class)));
            String id = feature.path("id").isTextual() ? feature.path("id").asText() : FeltIds.next();
            features.add(new Feature(id, geometry.at("/coordinates/0").asDouble(), geometry.at("/coordinates/1").asDouble(),
                    properties));
        }
        return features.isEmpty() ? UNREADABLE : new UploadedData(FeltLayer.POINT, features);
    }
}
