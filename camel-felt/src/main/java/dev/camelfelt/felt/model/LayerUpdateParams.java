package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One entry of the request body of {@code felt:layers/update} (the body is a list of them): the layer's id and the
 * fields to change; unset fields stay as they are.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerUpdateParams(
        String id,
        String name,
        String caption,
        @JsonProperty("layer_group_id") String layerGroupId,
        @JsonProperty("ordering_key") Integer orderingKey,
        @JsonProperty("refresh_period") String refreshPeriod,
        @JsonProperty("legend_display") String legendDisplay,
        @JsonProperty("legend_visibility") String legendVisibility,
        LayerMetadata metadata) {
}
