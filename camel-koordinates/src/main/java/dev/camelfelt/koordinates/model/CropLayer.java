package dev.camelfelt.koordinates.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A layer of pre-defined crop areas; {@code features} is the URL of its crop features. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CropLayer(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("url") String url,
        @JsonProperty("features") String features,
        @JsonProperty("extent") JsonNode extent,
        @JsonProperty("source_layer") String sourceLayer) {
}
