package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A source as listed, created, updated or synced: its {@code syncStatus} is {@code syncing}, {@code completed} or
 * {@code failed}. Times are Unix epoch milliseconds.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SourceReference(
        String id,
        String type,
        String name,
        @JsonProperty("connection_type") String connectionType,
        @JsonProperty("sync_status") String syncStatus,
        @JsonProperty("automatic_sync") String automaticSync,
        @JsonProperty("owner_id") String ownerId,
        @JsonProperty("workspace_id") String workspaceId,
        JsonNode permissions,
        @JsonProperty("created_at") Long createdAt,
        @JsonProperty("updated_at") Long updatedAt,
        @JsonProperty("last_synced_at") Long lastSyncedAt,
        JsonNode links) {
}
