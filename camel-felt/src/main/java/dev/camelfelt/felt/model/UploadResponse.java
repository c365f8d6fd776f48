package dev.camelfelt.felt.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Felt's answer to an upload or a refresh: the layer (and layer group) being made, and where to post the file. A
 * URL import or a refresh of a URL layer has no {@code url}: Felt fetches the data itself.
 *
 * @param presignedAttributes the form fields to post before the file, in the order Felt gave them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UploadResponse(
        String type,
        @JsonProperty("layer_id") String layerId,
        @JsonProperty("layer_group_id") String layerGroupId,
        String url,
        // Felt once spelled the field without its second "t"
        @JsonProperty("presigned_attributes") @JsonAlias("presigned_attribues") Map<String, String> presignedAttributes) {
}
