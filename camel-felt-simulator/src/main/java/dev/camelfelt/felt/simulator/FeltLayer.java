package dev.camelfelt.felt.simulator;

import java.time.Instant;
import java.util.List;

/** A layer of a map: a vector layer holds point features, a raster layer only a tile URL. */
public record FeltLayer(
        String id,
        String name,
        String caption,
        String layerGroupId,
        String geometryType,
        String tileUrl,
        int orderingKey,
        Instant lastRefreshedAt,
        List<Feature> features) {

    static final String POINT = "Point";
    static final String RASTER = "Raster";

    /** Makes the feature list read-only. */
    public FeltLayer {
        features = List.copyOf(features);
    }

    /** Returns whether the layer is raster imagery rather than vector features. */
    public boolean isRaster() {
        return RASTER.equals(geometryType);
    }

    /** Returns this layer under other ids, as duplicating a map does. */
    FeltLayer withIds(String newId, String newLayerGroupId) {
        return new FeltLayer(newId, name, caption, newLayerGroupId, geometryType, tileUrl, orderingKey, lastRefreshedAt, features);
    }

    /** Returns this layer under another name, as publishing it to the library may do. */
    FeltLayer withName(String newName) {
        return new FeltLayer(id, newName, caption, layerGroupId, geometryType, tileUrl, orderingKey, lastRefreshedAt, features);
    }
}
