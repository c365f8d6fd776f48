package dev.camelfelt.felt.simulator;

/** The data table settings of a map; {@code null} components mean "unchanged" in an update. */
public record MapTableSettings(String defaultTableLayerId, Boolean viewersCanOpenTable) {

    static final MapTableSettings DEFAULTS = new MapTableSettings(null, true);

    /** Returns these settings with the non-null components of the update applied. */
    MapTableSettings updatedWith(MapTableSettings update) {
        return update == null ? this : new MapTableSettings(
                update.defaultTableLayerId() != null ? update.defaultTableLayerId() : defaultTableLayerId,
                update.viewersCanOpenTable() != null ? update.viewersCanOpenTable() : viewersCanOpenTable);
    }
}
