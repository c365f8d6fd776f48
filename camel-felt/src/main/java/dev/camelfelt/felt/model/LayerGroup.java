package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A group of layers of a Felt map or of the layer library. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LayerGroup(
        String id,
        String type,
        String name,
        String caption,
        @JsonProperty("visibility_interaction") String visibilityInteraction,
        @JsonProperty("legend_visibility") String legendVisibility,
        @JsonProperty("ordering_key") Integer orderingKey,
        List<Layer> layers,
        JsonNode links) {
}
