package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the simulator's state as the JSON objects of Felt's API schemas. */
final class FeltJsonRenderer {

    private FeltJsonRenderer() {
    }

    /** Renders a {@code Map}. */
    static ObjectNode map(FeltMap map, FeltUrls urls) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", map.id());
        node.put("type", "map");
        node.put("title", map.title());
        node.put("url", urls.map(map));
        node.putNull("thumbnail_url");
        node.put("created_at", timestamp(map.createdAt()));
        node.put("visited_at", map.visitedAt() == null ? null : timestamp(map.visitedAt()));
        node.put("basemap", map.basemap());
        node.put("public_access", map.publicAccess());
        node.put("project_id", map.projectId());
        node.put("folder_id", map.folderId());
        ArrayNode layers = node.putArray("layers");
        map.layers().forEach(layer -> layers.add(layer(layer)));
        ArrayNode layerGroups = node.putArray("layer_groups");
        map.layerGroups().forEach(group -> layerGroups.add(layerGroup(group, map.layersOf(group.id()))));
        node.set("elements", elements(map.elements()));
        ArrayNode elementGroups = node.putArray("element_groups");
        map.elementGroups().forEach(group -> elementGroups.addObject()
                .put("id", group.id())
                .put("name", group.name())
                .set("elements", elements(map.elementsOf(group.id()))));
        node.set("viewer_permissions", Json.MAPPER.valueToTree(map.viewerPermissions()));
        node.set("table_settings", Json.MAPPER.valueToTree(map.tableSettings()));
        node.putObject("links").put("self", urls.mapResource(map.id()));
        return node;
    }

    /** Renders a {@code MapReference}, as a project lists its maps. */
    static ObjectNode mapReference(FeltMap map, FeltUrls urls) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", map.id());
        node.put("type", "map_reference");
        node.put("title", map.title());
        node.put("url", urls.map(map));
        node.putNull("thumbnail_url");
        node.put("created_at", timestamp(map.createdAt()));
        node.put("visited_at", map.visitedAt() == null ? null : timestamp(map.visitedAt()));
        node.put("project_id", map.projectId());
        node.put("folder_id", map.folderId());
        node.put("public_access", map.publicAccess());
        node.putObject("links").put("self", urls.mapResource(map.id()));
        return node;
    }

    /** Renders a {@code Layer}. */
    static ObjectNode layer(FeltLayer layer) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", layer.id());
        node.put("type", "layer");
        node.put("name", layer.name());
        node.put("caption", layer.caption());
        node.put("status", layer.status());
        node.put("progress", layer.progress());
        node.put("hide_from_legend", false);
        node.put("legend_display", "default");
        node.put("legend_visibility", "show");
        node.put("ordering_key", layer.orderingKey());
        node.put("geometry_type", layer.geometryType());
        node.put("tile_url", layer.tileUrl());
        node.set("style", layer.style() != null ? layer.style().deepCopy() : style(layer));
        if (layer.isRaster()) {
            node.putNull("attributes");
            node.putNull("is_spreadsheet");
        } else {
            ArrayNode attributes = node.putArray("attributes");
            attributeTypes(layer.features()).forEach((name, type) -> attributes.addObject().put("name", name).put("type", type));
            node.put("is_spreadsheet", false);
        }
        node.put("refresh_period", "disabled");
        node.put("refresh_status", "disabled");
        node.put("last_refreshed_at", layer.lastRefreshedAt() == null ? null : timestamp(layer.lastRefreshedAt()));
        node.putNull("next_refresh_at");
        node.putNull("paused_reason");
        // what an update set (legend, refresh period, metadata) replaces the defaults above
        node.setAll(layer.settings().deepCopy());
        return node;
    }

    /** Renders a {@code LayerGroup} with the layers it holds. */
    static ObjectNode layerGroup(FeltLayerGroup group, List<FeltLayer> layers) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", group.id());
        node.put("type", "layer_group");
        node.put("name", group.name());
        node.put("caption", group.caption());
        node.put("visibility_interaction", group.visibilityInteraction());
        node.put("legend_visibility", group.legendVisibility());
        node.put("ordering_key", group.orderingKey());
        ArrayNode layerNodes = node.putArray("layers");
        layers.forEach(layer -> layerNodes.add(layer(layer)));
        return node;
    }

    /** Renders a {@code LayerLibrary}. */
    static ObjectNode layerLibrary(List<FeltLayer> layers, List<PublishedLayerGroup> layerGroups) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", "layer_library");
        ArrayNode layerNodes = node.putArray("layers");
        layers.forEach(layer -> layerNodes.add(layer(layer)));
        ArrayNode groupNodes = node.putArray("layer_groups");
        layerGroups.forEach(published -> groupNodes.add(layerGroup(published.group(), published.layers())));
        return node;
    }

    /** Renders an {@code ExportLink}. */
    static ObjectNode exportLink(String downloadUrl) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("export_link", downloadUrl);
        return node;
    }

    /** Renders a {@code CustomExportResponse}. */
    static ObjectNode customExportResponse(CustomExport export, FeltUrls urls) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("export_request_id", export.id());
        node.put("poll_endpoint", urls.pollEndpoint(export.mapId(), export.layerId(), export.id()));
        return node;
    }

    /** Renders a {@code CustomExportRequestStatus}; only a completed export has a download URL. */
    static ObjectNode customExportStatus(CustomExport export, FeltUrls urls) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("export_id", export.id());
        node.put("status", export.status().apiValue());
        node.put("download_url", export.status() == ExportStatus.COMPLETED ? urls.download(export.id()) : null);
        node.set("filters", Json.MAPPER.valueToTree(export.filters()));
        return node;
    }

    /** Renders point features as a GeoJSON {@code FeatureCollection}. */
    static ObjectNode featureCollection(List<Feature> features) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", "FeatureCollection");
        ArrayNode featureNodes = node.putArray("features");
        for (Feature feature : features) {
            ObjectNode featureNode = featureNodes.addObject();
            featureNode.put("type", "Feature");
            featureNode.put("id", feature.id());
            ObjectNode geometry = featureNode.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(feature.longitude()).add(feature.latitude());
            featureNode.set("properties", Json.MAPPER.valueToTree(feature.properties()));
        }
        return node;
    }

    /** Renders stored elements as a GeoJSON {@code FeatureCollection}. */
    static ObjectNode elements(List<ObjectNode> elements) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", "FeatureCollection");
        ArrayNode featureNodes = node.putArray("features");
        elements.forEach(element -> featureNodes.add(element.deepCopy()));
        return node;
    }

    /** Renders an {@code ElementGroup} with its elements. */
    static ObjectNode elementGroup(FeltElementGroup group, List<ObjectNode> elements) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", group.id());
        node.put("name", group.name());
        node.put("color", group.color());
        node.put("symbol", group.symbol());
        node.set("elements", elements(elements));
        return node;
    }

    /** Renders an {@code UploadResponse}; {@code upload} is null when Felt fetches the data itself. */
    static ObjectNode uploadResponse(FeltLayer layer, PendingUpload upload) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("type", "upload_response");
        node.put("layer_id", layer.id());
        node.put("layer_group_id", layer.layerGroupId());
        node.put("url", upload == null ? null : upload.url());
        node.set("presigned_attributes", upload == null ? null : upload.presignedAttributes().deepCopy());
        return node;
    }

    /** Formats a time as ISO-8601 in UTC with whole seconds, as Felt does. */
    static String timestamp(Instant time) {
        return time.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static ObjectNode style(FeltLayer layer) {
        ObjectNode style = Json.MAPPER.createObjectNode();
        style.put("version", "2.3");
        style.put("type", "simple");
        style.putObject("config");
        ObjectNode paint = style.putObject("paint");
        if (layer.isRaster()) {
            paint.put("opacity", 1.0);
        } else {
            paint.put("color", "#2F7D4A");
            paint.put("strokeColor", "#FFFFFF");
            paint.put("size", 6);
        }
        style.putObject("legend");
        return style;
    }

    private static Map<String, String> attributeTypes(List<Feature> features) {
        Map<String, String> types = new LinkedHashMap<>();
        features.forEach(feature -> feature.properties().forEach((name, value) -> types.putIfAbsent(name, attributeType(value))));
        return types;
    }

    private static String attributeType(Object value) {
        if (value instanceof Boolean) {
            return "BOOLEAN";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "INTEGER";
        }
        return value instanceof Number ? "REAL" : "TEXT";
    }
}
