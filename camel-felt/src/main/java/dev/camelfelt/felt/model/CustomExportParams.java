package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The request body of a custom layer export. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CustomExportParams(
        @JsonProperty("output_format") ExportFormat outputFormat,
        JsonNode filters,
        @JsonProperty("email_on_completion") Boolean emailOnCompletion) {
}
