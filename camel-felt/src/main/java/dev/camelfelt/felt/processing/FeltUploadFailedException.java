package dev.camelfelt.felt.processing;

/** Felt could not process an uploaded, imported or refreshed layer: its status became {@code failed}. */
public class FeltUploadFailedException extends FeltProcessingException {

    private final String mapId;
    private final String layerId;
    private final String layerGroupId;

    public FeltUploadFailedException(String mapId, String layerId, String layerGroupId) {
        super("Felt failed to process layer " + layerId + " (map " + mapId + ", layer group " + layerGroupId + ")", null);
        this.mapId = mapId;
        this.layerId = layerId;
        this.layerGroupId = layerGroupId;
    }

    public String getMapId() {
        return mapId;
    }

    public String getLayerId() {
        return layerId;
    }

    public String getLayerGroupId() {
        return layerGroupId;
    }
}
