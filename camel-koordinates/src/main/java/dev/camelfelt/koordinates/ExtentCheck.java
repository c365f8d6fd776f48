package dev.camelfelt.koordinates;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks a GeoJSON extent before it is sent: a Polygon or MultiPolygon of at most 1,000 positions, as Koordinates allows. */
final class ExtentCheck {

    static final int MAX_VERTICES = 1000;

    private ExtentCheck() {
    }

    /** Throws IllegalArgumentException naming {@code source} (the option or body) when the extent is not acceptable. */
    static void check(JsonNode extent, String source) {
        if (extent == null || extent.isNull() || extent.isMissingNode() || extent.isTextual()) {
            return;
        }
        String type = extent.path("type").asText();
        int depth = switch (type) {
            case "Polygon" -> 2;
            case "MultiPolygon" -> 3;
            default -> throw new IllegalArgumentException("The " + source + " must be a GeoJSON Polygon or MultiPolygon"
                    + " or a crop feature URL, not " + (type.isEmpty() ? "an object without a type" : "a " + type));
        };
        int vertices = positions(extent.path("coordinates"), depth, source);
        if (vertices > MAX_VERTICES) {
            throw new IllegalArgumentException("The " + source + " has " + vertices + " vertices; Koordinates accepts"
                    + " at most " + MAX_VERTICES + ". Simplify the polygon first.");
        }
    }

    private static int positions(JsonNode node, int depth, String source) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("The coordinates of the " + source + " are not nested arrays of [lon, lat]");
        }
        if (depth == 0) {
            return 1;
        }
        int count = 0;
        for (JsonNode child : node) {
            count += positions(child, depth - 1, source);
        }
        return count;
    }
}
