package dev.camelfelt.koordinates.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A crop area; its {@code url} can be an export's extent. Listed without {@code geometry}, fetched one by one with. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CropFeature(
        @JsonProperty("id") long id,
        @JsonProperty("name") String name,
        @JsonProperty("url") String url,
        @JsonProperty("geometry") JsonNode geometry) {
}
