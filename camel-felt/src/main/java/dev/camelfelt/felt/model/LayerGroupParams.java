package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A layer group's fields to set: the body of {@code felt:layerGroups/update}, or one entry of
 * {@code felt:layerGroups/updateMany}, where an entry without {@code id} creates a group (and then needs a name).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerGroupParams(
        String id,
        String name,
        String caption,
        @JsonProperty("ordering_key") Integer orderingKey,
        @JsonProperty("legend_visibility") String legendVisibility,
        @JsonProperty("visibility_interaction") String visibilityInteraction) {
}
