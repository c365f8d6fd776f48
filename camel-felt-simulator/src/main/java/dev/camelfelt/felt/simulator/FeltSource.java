package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * A data source (a database, bucket or service Felt reads from) with its credentials. A sync answers
 * {@code syncing} for a set number of polls, then {@code completed} (finding one dataset) or {@code failed}.
 */
public record FeltSource(
        String id,
        String name,
        ObjectNode connection,
        ObjectNode permissions,
        String syncStatus,
        int polls,
        Instant createdAt,
        Instant updatedAt,
        Instant lastSyncedAt,
        String datasetId,
        List<FeltCredential> credentials) {

    static final String SYNCING = "syncing";
    static final String COMPLETED = "completed";
    static final String FAILED = "failed";

    /** Copies the JSON parts, which are mutable, and makes the credentials read-only. */
    public FeltSource {
        connection = connection.deepCopy();
        permissions = permissions.deepCopy();
        credentials = List.copyOf(credentials);
    }

    /** Returns the connection type, such as {@code postgresql}. */
    public String connectionType() {
        return connection.path("type").asText();
    }

    /** Returns this source with a new sync begun. */
    FeltSource syncing(Instant now) {
        return new FeltSource(id, name, connection, permissions, SYNCING, 0, createdAt, now, lastSyncedAt, datasetId,
                credentials);
    }

    /** Returns this source after one more poll of its sync. */
    FeltSource polled(int pollsUntilComplete, boolean failing, Instant now) {
        if (!SYNCING.equals(syncStatus)) {
            return this;
        }
        int count = polls + 1;
        if (count <= pollsUntilComplete) {
            return new FeltSource(id, name, connection, permissions, syncStatus, count, createdAt, updatedAt, lastSyncedAt,
                    datasetId, credentials);
        }
        return failing
                ? new FeltSource(id, name, connection, permissions, FAILED, count, createdAt, updatedAt, lastSyncedAt,
                        datasetId, credentials)
                : new FeltSource(id, name, connection, permissions, COMPLETED, count, createdAt, updatedAt, now,
                        datasetId != null ? datasetId : FeltIds.next(), credentials);
    }

    /** Returns this source with other details. */
    FeltSource withDetails(String newName, ObjectNode newConnection, ObjectNode newPermissions, Instant now) {
        return new FeltSource(id, newName, newConnection, newPermissions, syncStatus, polls, createdAt, now, lastSyncedAt,
                datasetId, credentials);
    }

    /** Returns this source with other credentials. */
    FeltSource withCredentials(List<FeltCredential> newCredentials) {
        return new FeltSource(id, name, connection, permissions, syncStatus, polls, createdAt, updatedAt, lastSyncedAt,
                datasetId, newCredentials);
    }
}
