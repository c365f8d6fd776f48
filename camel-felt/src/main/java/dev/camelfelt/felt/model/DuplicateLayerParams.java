package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of the request body of {@code felt:layers/duplicate} (the body is a list of them): a layer, or a layer
 * group with its layers, to copy into a map.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DuplicateLayerParams(
        @JsonProperty("source_layer_id") String sourceLayerId,
        @JsonProperty("source_layer_group_id") String sourceLayerGroupId,
        @JsonProperty("destination_map_id") String destinationMapId) {

    /** Copies a layer into a map. */
    public static DuplicateLayerParams layer(String layerId, String destinationMapId) {
        return new DuplicateLayerParams(layerId, null, destinationMapId);
    }

    /** Copies a layer group, with its layers, into a map. */
    public static DuplicateLayerParams layerGroup(String layerGroupId, String destinationMapId) {
        return new DuplicateLayerParams(null, layerGroupId, destinationMapId);
    }
}
