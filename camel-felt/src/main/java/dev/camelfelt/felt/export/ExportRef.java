package dev.camelfelt.felt.export;

/** Names one custom export: the map and layer it belongs to and its id. */
public record ExportRef(String mapId, String layerId, String exportId) {

    @Override
    public String toString() {
        return exportId + " (map " + mapId + ", layer " + layerId + ")";
    }
}
