package dev.camelfelt.felt.model;

import com.fasterxml.jackson.databind.JsonNode;

/** The request body of {@code felt:layers/updateStyle}: the new style in Felt Style Language. */
public record LayerStyleParams(JsonNode style) {
}
