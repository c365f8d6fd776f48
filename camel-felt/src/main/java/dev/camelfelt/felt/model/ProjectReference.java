package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A project as {@code felt:projects/list} lists it, without its maps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectReference(
        String id,
        String type,
        String name,
        String visibility,
        @JsonProperty("max_inherited_permission") String maxInheritedPermission,
        JsonNode links) {
}
