package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A Felt map, as returned by the maps operations. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FeltMap(
        String id,
        String type,
        String url,
        String title,
        String basemap,
        @JsonProperty("thumbnail_url") String thumbnailUrl,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("visited_at") String visitedAt,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("folder_id") String folderId,
        @JsonProperty("public_access") String publicAccess,
        List<Layer> layers,
        @JsonProperty("layer_groups") List<LayerGroup> layerGroups,
        JsonNode elements,
        @JsonProperty("element_groups") JsonNode elementGroups,
        @JsonProperty("table_settings") JsonNode tableSettings,
        @JsonProperty("viewer_permissions") JsonNode viewerPermissions,
        JsonNode links) {
}
