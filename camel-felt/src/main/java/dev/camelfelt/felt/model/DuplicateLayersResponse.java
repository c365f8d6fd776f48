package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of {@code felt:layers/duplicate}: the copied layers, and the copied groups with their layers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DuplicateLayersResponse(
        List<Layer> layers,
        @JsonProperty("layer_groups") List<LayerGroup> layerGroups) {
}
