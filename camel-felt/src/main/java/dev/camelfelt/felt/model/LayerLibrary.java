package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The layers and layer groups of a layer library listing. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LayerLibrary(
        String type,
        List<Layer> layers,
        @JsonProperty("layer_groups") List<LayerGroup> layerGroups) {
}
