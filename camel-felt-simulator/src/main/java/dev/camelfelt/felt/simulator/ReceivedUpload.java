package dev.camelfelt.felt.simulator;

import java.util.List;

/** A file the upload storage accepted: for which layer, the form's field names in the order sent, and the file. */
public record ReceivedUpload(String mapId, String layerId, List<String> fieldNames, String fileName, byte[] content) {

    /** Makes the field names read-only. */
    public ReceivedUpload {
        fieldNames = List.copyOf(fieldNames);
    }
}
