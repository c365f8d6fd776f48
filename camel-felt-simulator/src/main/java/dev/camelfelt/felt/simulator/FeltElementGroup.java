package dev.camelfelt.felt.simulator;

/** An element group of a map; its elements name it in their {@code felt:parentId} property. */
public record FeltElementGroup(String id, String name, String color, String symbol) {
}
