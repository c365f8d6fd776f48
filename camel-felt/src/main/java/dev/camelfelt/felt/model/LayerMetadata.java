package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The descriptive metadata of a layer: where its data comes from, and under which licence. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerMetadata(
        @JsonProperty("attribution_text") String attributionText,
        @JsonProperty("attribution_url") String attributionUrl,
        String description,
        String license,
        @JsonProperty("source_abbreviation") String sourceAbbreviation,
        @JsonProperty("source_name") String sourceName,
        @JsonProperty("source_url") String sourceUrl,
        @JsonProperty("updated_at") String updatedAt) {
}
