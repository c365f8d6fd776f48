package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A map as a project lists it, without its layers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MapReference(
        String id,
        String type,
        String title,
        String url,
        @JsonProperty("thumbnail_url") String thumbnailUrl,
        @JsonProperty("created_at") String createdAt,
        @JsonProperty("visited_at") String visitedAt,
        @JsonProperty("project_id") String projectId,
        @JsonProperty("folder_id") String folderId,
        @JsonProperty("public_access") String publicAccess,
        JsonNode links) {
}
