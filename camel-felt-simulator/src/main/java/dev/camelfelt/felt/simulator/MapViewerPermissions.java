package dev.camelfelt.felt.simulator;

/** What viewers of a map may do; {@code null} components mean "unchanged" in an update. */
public record MapViewerPermissions(Boolean canDuplicateMap, Boolean canExportData, Boolean canSeeMapPresence) {

    static final MapViewerPermissions DEFAULTS = new MapViewerPermissions(true, true, true);

    /** Returns these permissions with the non-null components of the update applied. */
    MapViewerPermissions updatedWith(MapViewerPermissions update) {
        return update == null ? this : new MapViewerPermissions(
                update.canDuplicateMap() != null ? update.canDuplicateMap() : canDuplicateMap,
                update.canExportData() != null ? update.canExportData() : canExportData,
                update.canSeeMapPresence() != null ? update.canSeeMapPresence() : canSeeMapPresence);
    }
}
