package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The body of {@code POST exports/} or {@code exports/validate/}, checked as Koordinates checks it. */
record ExportRequest(List<RequestedItem> items, ObjectNode formats, String crs, JsonNode extentAsGiven, Extent extent,
        String name, JsonNode options) {

    /** The mime type requested for a layer's kind. */
    String format(SeededLayer layer) {
        return formats.path(layer.kind()).asText();
    }
}
