package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** The processing status of a custom export; {@code downloadUrl} is set once it has completed. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomExportStatus(
        @JsonProperty("export_id") String exportId,
        String status,
        @JsonProperty("download_url") String downloadUrl,
        JsonNode filters) {

    public static final String IN_PROGRESS = "in_progress";
    public static final String COMPLETED = "completed";
    public static final String FAILED = "failed";

    /** Whether Felt has finished with this export, successfully or not. */
    public boolean isFinished() {
        return COMPLETED.equals(status) || FAILED.equals(status);
    }
}
