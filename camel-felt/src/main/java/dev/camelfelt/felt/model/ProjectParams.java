package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The request body of {@code felt:projects/create} (name and visibility required) and {@code felt:projects/update}
 * (unset fields stay as they are).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectParams(
        String name,
        ProjectVisibility visibility,
        @JsonProperty("max_inherited_permission") ProjectPermission maxInheritedPermission) {
}
