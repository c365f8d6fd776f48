package dev.camelfelt.koordinates.simulator;

import java.util.List;

/** A layer or table the simulator can export. {@code kind} is {@code vector} or {@code table}. */
public record SeededLayer(int id, String name, String kind, List<SeededFeature> features) {

    /** The path of the item under the API root, e.g. {@code layers/50772/}; exports name items by this URL. */
    public String apiPath() {
        return ("table".equals(kind) ? "tables/" : "layers/") + id + "/";
    }

    /** {@code [minLon, minLat, maxLon, maxLat]} of the layer's points, or null for a table. */
    double[] bbox() {
        List<SeededFeature> points = features.stream().filter(SeededFeature::hasPoint).toList();
        if (points.isEmpty()) {
            return null;
        }
        double[] bbox = { Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE };
        for (SeededFeature feature : points) {
            bbox[0] = Math.min(bbox[0], feature.lon());
            bbox[1] = Math.min(bbox[1], feature.lat());
            bbox[2] = Math.max(bbox[2], feature.lon());
            bbox[3] = Math.max(bbox[3], feature.lat());
        }
        return bbox;
    }
}
