package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An upload Felt has handed out a pre-signed storage form for, waiting for the file. */
record PendingUpload(String uploadId, String mapId, String layerId, String url, ObjectNode presignedAttributes) {
}
