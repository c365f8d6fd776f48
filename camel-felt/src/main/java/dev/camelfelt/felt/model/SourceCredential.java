package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** A credential of a source, as Felt shows it (sensitive values redacted). Times are Unix epoch milliseconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceCredential(
        String id,
        @JsonProperty("source_id") String sourceId,
        String name,
        @JsonProperty("use_case") String useCase,
        JsonNode credential,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("updated_at") Long updatedAt) {
}
