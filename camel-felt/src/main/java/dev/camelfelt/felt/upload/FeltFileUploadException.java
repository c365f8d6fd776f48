package dev.camelfelt.felt.upload;

import dev.camelfelt.felt.client.FeltException;

/**
 * A layer's file did not reach Felt's storage: the transfer kept breaking off, or storage refused the form even after
 * a fresh one. Felt has nothing of the file; the layer it made for it stays without data.
 */
public class FeltFileUploadException extends FeltException {

    private final String mapId;
    private final String layerId;
    private final int attempts;

    public FeltFileUploadException(String message, String mapId, String layerId, int attempts, Throwable cause) {
        super(message, cause);
        this.mapId = mapId;
        this.layerId = layerId;
        this.attempts = attempts;
    }

    public String getMapId() {
        return mapId;
    }

    public String getLayerId() {
        return layerId;
    }

    /** How many times the file was sent to storage, over every form Felt handed out. */
    public int getAttempts() {
        return attempts;
    }
}
