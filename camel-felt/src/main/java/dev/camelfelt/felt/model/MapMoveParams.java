package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The request body of {@code felt:maps/move}: exactly one of project or folder. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MapMoveParams(
        @JsonProperty("project_id") String projectId,
        @JsonProperty("folder_id") String folderId) {
}
