package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Felt's 202 answer to {@code felt:maps/addSourceLayer}: the layer is being built in the given layer group. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddSourceLayerAccepted(String status, Links links) {

    /** Where the map and the new layer group are. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Links(String self, @JsonProperty("layer_group") String layerGroup) {
    }
}
