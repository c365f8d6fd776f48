package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The request body of {@code felt:maps/create}; unset fields take Felt's defaults. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapCreateParams(
        String title,
        String description,
        String basemap,
        @JsonProperty("public_access") PublicAccess publicAccess,
        Double lat,
        Double lon,
        Double zoom,
        @JsonProperty("workspace_id") String workspaceId,
        @JsonProperty("layer_urls") List<String> layerUrls) {
}
