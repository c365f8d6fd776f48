package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Renders the simulator's objects as the Koordinates API does. */
final class KoordinatesJson {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_INSTANT;

    private KoordinatesJson() {
    }

    /** The summary the exports list holds. */
    static ObjectNode exportSummary(ExportRecord export, ApiUrls urls) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", export.id());
        node.put("name", export.name());
        node.put("created_at", TIMESTAMP.format(export.createdAt()));
        node.put("created_via", "api");
        node.put("state", export.state());
        node.put("url", urls.export(export.id()));
        node.put("download_url", ExportRecord.COMPLETE.equals(export.state()) ? urls.download(export.id()) : null);
        return node;
    }

    /** The full export object. */
    static ObjectNode export(ExportRecord export, ApiUrls urls) {
        ExportRequest request = export.request();
        ObjectNode node = exportSummary(export, urls);
        node.set("extent", request.extentAsGiven());
        node.putObject("delivery").put("method", "download");
        node.set("formats", request.formats());
        ArrayNode items = node.putArray("items");
        request.items().forEach(item -> items.add(item.asGiven()));
        node.put("crs", request.crs());
        node.set("options", request.options());
        node.put("size_estimate_zipped", sizeEstimate(request));
        if (export.progress() == null) {
            node.putNull("progress");
        } else {
            node.put("progress", export.progress());
        }
        return node;
    }

    /** The answer of {@code exports/validate/}: the top level may say invalid while only the items give reasons. */
    static ObjectNode validation(ExportRequest request) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        ArrayNode items = node.putArray("items");
        boolean valid = true;
        for (RequestedItem item : request.items()) {
            List<String> reasons = invalidReasons(item.layer(), request.extent());
            valid &= reasons.isEmpty();
            ObjectNode entry = item.asGiven().deepCopy();
            ObjectNode license = entry.putObject("license");
            license.put("id", 50);
            license.put("title", "Creative Commons Attribution 4.0 International");
            license.put("type", "cc-by");
            license.put("jurisdiction", "nz");
            license.put("version", "4.0");
            entry.put("price", "0.00");
            entry.put("is_valid", reasons.isEmpty());
            ArrayNode reasonNodes = entry.putArray("invalid_reasons");
            reasons.forEach(reasonNodes::add);
            items.add(entry);
        }
        node.put("size_estimate_zipped", valid ? sizeEstimate(request) : 0);
        node.put("is_valid", valid);
        node.putArray("invalid_reasons");
        return node;
    }

    /** {@code outside-extent} when the extent's bounding box misses every row of the layer. */
    static List<String> invalidReasons(SeededLayer layer, Extent extent) {
        double[] bbox = layer.bbox();
        return extent != null && bbox != null && !extent.overlaps(bbox) ? List.of("outside-extent") : List.of();
    }

    static ObjectNode cropLayer(CropLayer layer, ApiUrls urls) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", layer.id());
        node.put("name", layer.name());
        node.put("url", urls.cropLayer(layer));
        node.put("features", urls.cropFeatures(layer));
        ObjectNode extent = node.putObject("extent");
        extent.put("type", "MultiPolygon");
        ArrayNode polygons = extent.putArray("coordinates");
        layer.features().forEach(feature -> polygons.addArray().add(ring(feature)));
        node.put("source_layer", urls.root() + "layers/263/versions/250/");
        return node;
    }

    static ObjectNode cropFeatureSummary(CropLayer layer, CropFeature feature, ApiUrls urls) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", feature.id());
        node.put("name", feature.name());
        node.put("url", urls.cropFeature(layer, feature));
        return node;
    }

    static ObjectNode cropFeature(CropLayer layer, CropFeature feature, ApiUrls urls) {
        ObjectNode node = cropFeatureSummary(layer, feature, urls);
        ObjectNode geometry = node.putObject("geometry");
        geometry.put("type", "MultiPolygon");
        geometry.putArray("coordinates").addArray().add(ring(feature));
        return node;
    }

    static ObjectNode layer(SeededLayer layer, ApiUrls urls) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", layer.id());
        node.put("url", urls.item(layer));
        node.put("type", "table".equals(layer.kind()) ? "table" : "layer");
        node.put("name", layer.name());
        node.put("kind", layer.kind());
        return node;
    }

    private static ArrayNode ring(CropFeature feature) {
        ArrayNode ring = Json.MAPPER.createArrayNode();
        feature.ring().forEach(position -> ring.addArray().add(position[0]).add(position[1]));
        return ring;
    }

    private static int sizeEstimate(ExportRequest request) {
        return request.items().stream().mapToInt(item -> 2048 + 512 * item.layer().features().size()).sum();
    }

    /** A GeoJSON Point. */
    static JsonNode point(SeededFeature feature) {
        ObjectNode point = Json.MAPPER.createObjectNode();
        point.put("type", "Point");
        point.putArray("coordinates").add(feature.lon()).add(feature.lat());
        return point;
    }
}
