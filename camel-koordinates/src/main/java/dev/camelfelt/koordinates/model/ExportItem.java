package dev.camelfelt.koordinates.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** One layer or table of an export: its API URL, and optionally a colour {@code #RRGGBB} or a tile. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportItem(
        @JsonProperty("item") String item,
        @JsonProperty("color") String color,
        @JsonProperty("tile_id") String tileId) {

    public static ExportItem of(String itemUrl) {
        return new ExportItem(itemUrl, null, null);
    }
}
