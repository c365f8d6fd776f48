package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A layer of a map: a vector layer holds point features, a raster layer only a tile URL. A layer made by an upload
 * or a refresh goes {@code uploading} (until storage has the file), {@code processing}, then {@code completed} or
 * {@code failed}.
 */
public record FeltLayer(
        String id,
        String name,
        String caption,
        String layerGroupId,
        String geometryType,
        String tileUrl,
        int orderingKey,
        Instant lastRefreshedAt,
        List<Feature> features,
        String status,
        double progress,
        String importUrl,
        ObjectNode style,
        ObjectNode settings) {

    static final String POINT = "Point";
    static final String RASTER = "Raster";

    static final String UPLOADING = "uploading";
    static final String PROCESSING = "processing";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    /** Makes the feature list read-only and copies the JSON parts, which are mutable. */
    public FeltLayer {
        features = List.copyOf(features);
        style = style == null ? null : style.deepCopy();
        settings = settings == null ? Json.MAPPER.createObjectNode() : settings.deepCopy();
    }

    /** A completed layer with Felt's default style and settings. */
    public FeltLayer(String id, String name, String caption, String layerGroupId, String geometryType, String tileUrl,
            int orderingKey, Instant lastRefreshedAt, List<Feature> features) {
        this(id, name, caption, layerGroupId, geometryType, tileUrl, orderingKey, lastRefreshedAt, features, COMPLETED,
                100.0, null, null, null);
    }

    /** Returns whether the layer is raster imagery rather than vector features. */
    public boolean isRaster() {
        return RASTER.equals(geometryType);
    }

    /** Returns whether Felt is still taking in or processing the layer's data. */
    public boolean isProcessing() {
        return UPLOADING.equals(status) || PROCESSING.equals(status);
    }

    /** Returns this layer under other ids, as duplicating a map does. */
    FeltLayer withIds(String newId, String newLayerGroupId) {
        return new FeltLayer(newId, name, caption, newLayerGroupId, geometryType, tileUrl, orderingKey, lastRefreshedAt,
                features, status, progress, importUrl, style, settings);
    }

    /** Returns this layer under another name, as publishing it to the library may do. */
    FeltLayer withName(String newName) {
        return new FeltLayer(id, newName, caption, layerGroupId, geometryType, tileUrl, orderingKey, lastRefreshedAt,
                features, status, progress, importUrl, style, settings);
    }

    /** Returns this layer with the editable details replaced, as a layer update does. */
    FeltLayer withDetails(String newName, String newCaption, String newLayerGroupId, int newOrderingKey,
            ObjectNode newSettings) {
        return new FeltLayer(id, newName, newCaption, newLayerGroupId, geometryType, tileUrl, newOrderingKey,
                lastRefreshedAt, features, status, progress, importUrl, style, newSettings);
    }

    /** Returns this layer with another style. */
    FeltLayer withStyle(ObjectNode newStyle) {
        return new FeltLayer(id, name, caption, layerGroupId, geometryType, tileUrl, orderingKey, lastRefreshedAt,
                features, status, progress, importUrl, newStyle, settings);
    }

    /** Returns this layer in another processing state. */
    FeltLayer withStatus(String newStatus, double newProgress) {
        return new FeltLayer(id, name, caption, layerGroupId, geometryType, tileUrl, orderingKey, lastRefreshedAt,
                features, newStatus, newProgress, importUrl, style, settings);
    }

    /** Returns this layer holding newly received data, now being processed. */
    FeltLayer withData(String newGeometryType, List<Feature> newFeatures, Instant receivedAt) {
        return new FeltLayer(id, name, caption, layerGroupId, newGeometryType, tileUrl, orderingKey, receivedAt,
                newFeatures, PROCESSING, 0.0, importUrl, style, settings);
    }
}
