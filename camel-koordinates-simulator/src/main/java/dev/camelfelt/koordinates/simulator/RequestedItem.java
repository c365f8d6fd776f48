package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.JsonNode;

/** One entry of an export request's {@code items}: the layer it names and the entry as the client sent it. */
record RequestedItem(SeededLayer layer, JsonNode asGiven) {
}
