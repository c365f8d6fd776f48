package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The request body of {@code felt:maps/update}; only the fields that are set are changed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapUpdateParams(
        String title,
        String description,
        String basemap,
        @JsonProperty("public_access") PublicAccess publicAccess,
        @JsonProperty("table_settings") JsonNode tableSettings,
        @JsonProperty("viewer_permissions") JsonNode viewerPermissions) {
}
