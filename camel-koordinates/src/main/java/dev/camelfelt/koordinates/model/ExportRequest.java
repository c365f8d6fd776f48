package dev.camelfelt.koordinates.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code POST exports/} and {@code exports/validate/}. {@code extent} is a GeoJSON Polygon or
 * MultiPolygon (a {@code Map} or Jackson {@code JsonNode}) or the URL of a crop feature.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ExportRequest(
        @JsonProperty("items") List<ExportItem> items,
        @JsonProperty("crs") String crs,
        @JsonProperty("formats") Map<String, String> formats,
        @JsonProperty("extent") Object extent,
        @JsonProperty("name") String name,
        @JsonProperty("options") Map<String, Object> options) {
}
