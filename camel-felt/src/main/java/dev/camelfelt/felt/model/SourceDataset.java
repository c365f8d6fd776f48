package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A dataset (a table, say) a source's sync found; {@code felt:maps/addSourceLayer} makes a layer of it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceDataset(
        String id,
        String type,
        String name,
        String description,
        @JsonProperty("geometry_type") String geometryType,
        @JsonProperty("inspection_status") String inspectionStatus,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("updated_at") Long updatedAt) {
}
