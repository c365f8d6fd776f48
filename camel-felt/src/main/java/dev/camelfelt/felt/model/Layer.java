package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A layer of a Felt map or of the layer library. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Layer(
        String id,
        String type,
        String name,
        String caption,
        String status,
        Double progress,
        @JsonProperty("geometry_type") String geometryType,
        @JsonProperty("hide_from_legend") Boolean hideFromLegend,
        @JsonProperty("is_spreadsheet") Boolean isSpreadsheet,
        @JsonProperty("ordering_key") Integer orderingKey,
        @JsonProperty("refresh_period") String refreshPeriod,
        @JsonProperty("refresh_status") String refreshStatus,
        @JsonProperty("tile_url") String tileUrl,
        @JsonProperty("last_refreshed_at") String lastRefreshedAt,
        JsonNode attributes,
        JsonNode metadata,
        JsonNode style,
        JsonNode links) {
}
