package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A crop extent: polygons of rings of {@code [lon, lat]} in WGS84, read from GeoJSON or a crop feature. */
final class Extent {

    /** The most positions an extent may have, as Koordinates documents. */
    static final int MAX_VERTICES = 1000;

    private final List<List<List<double[]>>> polygons;

    private Extent(List<List<List<double[]>>> polygons) {
        this.polygons = polygons;
    }

    /** Reads a GeoJSON Polygon or MultiPolygon; throws IllegalArgumentException saying what is wrong. */
    static Extent fromGeoJson(JsonNode geometry) {
        String type = geometry.path("type").asText();
        JsonNode coordinates = geometry.path("coordinates");
        List<List<List<double[]>>> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(coordinates));
            case "MultiPolygon" -> coordinates.forEach(polygon -> polygons.add(polygon(polygon)));
            default -> throw new IllegalArgumentException("The extent must be a GeoJSON Polygon or MultiPolygon, not '"
                    + type + "'.");
        }
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("The extent has no polygon.");
        }
        return new Extent(polygons);
    }

    static Extent of(CropFeature feature) {
        return new Extent(List.of(List.of(feature.ring())));
    }

    private static List<List<double[]>> polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("A polygon of the extent has no rings.");
        }
        List<List<double[]>> polygon = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<double[]> positions = new ArrayList<>();
            for (JsonNode position : ring) {
                if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                    throw new IllegalArgumentException("A position of the extent is not [lon, lat].");
                }
                positions.add(new double[] { position.get(0).asDouble(), position.get(1).asDouble() });
            }
            if (positions.size() < 4) {
                throw new IllegalArgumentException("A ring of the extent has fewer than 4 positions.");
            }
            polygon.add(positions);
        }
        return polygon;
    }

    /** Every position counts, the closing one of each ring included. */
    int vertices() {
        return polygons.stream().flatMap(List::stream).mapToInt(List::size).sum();
    }

    /** Whether the extent's bounding box overlaps the given {@code [minLon, minLat, maxLon, maxLat]}. */
    boolean overlaps(double[] bbox) {
        double[] own = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        polygons.forEach(polygon -> polygon.get(0).forEach(position -> {
            own[0] = Math.min(own[0], position[0]);
            own[1] = Math.min(own[1], position[1]);
            own[2] = Math.max(own[2], position[0]);
            own[3] = Math.max(own[3], position[1]);
        }));
        return own[0] <= bbox[2] && bbox[0] <= own[2] && own[1] <= bbox[3] && bbox[1] <= own[3];
    }

    /** Whether a point lies inside a polygon's outer ring and outside its holes. */
    boolean contains(double lon, double lat) {
        for (List<List<double[]>> polygon : polygons) {
            if (inside(polygon.get(0), lon, lat)
                    && polygon.stream().skip(1).noneMatch(hole -> inside(hole, lon, lat))) {
                return true;
            }
        }
        return false;
    }

    /** Ray casting. */
    private static boolean inside(List<double[]> ring, double lon, double lat) {
        boolean inside = false;
        for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            double[] a = ring.get(i);
            double[] b = ring.get(j);
            if ((a[1] > lat) != (b[1] > lat) && lon < (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
