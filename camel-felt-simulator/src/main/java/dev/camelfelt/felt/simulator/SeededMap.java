package dev.camelfelt.felt.simulator;

/** The template map every simulator starts with: one vector layer of parks inside one layer group, and comments. */
public record SeededMap(String mapId, String title, String layerId, String layerName, String layerGroupId, int featureCount,
        String commentId) {
}
