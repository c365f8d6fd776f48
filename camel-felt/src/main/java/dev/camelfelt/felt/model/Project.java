package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A project with its maps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Project(
        String id,
        String type,
        String name,
        String visibility,
        @JsonProperty("max_inherited_permission") String maxInheritedPermission,
        List<MapReference> maps) {
}
