package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The request body of Felt's upload call: the new layer's name, and either nothing (a file follows) or a URL Felt
 * imports from. {@code lat}, {@code lng} and {@code zoom} place an image.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UploadParams(
        String name,
        @JsonProperty("import_url") String importUrl,
        List<JsonNode> hints,
        LayerMetadata metadata,
        Double lat,
        Double lng,
        Double zoom) {

    /** An upload of a file, which follows to the storage host. */
    public static UploadParams file(String name) {
        return new UploadParams(name, null, null, null, null, null, null);
    }

    /** An import Felt fetches from a public URL itself. */
    public static UploadParams importUrl(String name, String importUrl) {
        return new UploadParams(name, importUrl, null, null, null, null, null);
    }
}
