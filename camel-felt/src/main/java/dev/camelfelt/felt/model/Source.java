package dev.camelfelt.felt.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A data source with its connection (which Felt shows without secrets) and the datasets its last sync found. Times
 * are Unix epoch milliseconds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Source(
        String id,
        String type,
        String name,
        JsonNode connection,
        List<SourceDataset> datasets,
        @JsonProperty("sync_status") String syncStatus,
        @JsonProperty("automatic_sync") String automaticSync,
        @JsonProperty("owner_id") String ownerId,
        @JsonProperty("workspace_id") String workspaceId,
        JsonNode permissions,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("updated_at") Long updatedAt,
        @JsonProperty("last_synced_at") Long lastSyncedAt) {
}
