package dev.camelfelt.felt.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An element group of a map, with its elements. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ElementGroup(String id, String name, String color, String symbol, FeatureCollection elements) {
}
