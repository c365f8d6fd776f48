package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Felt's answer to a custom export request: the export id and where to poll it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomExportResponse(
        @JsonProperty("export_request_id") String exportRequestId,
        @JsonProperty("poll_endpoint") String pollEndpoint) {
}
