package dev.camelfelt.felt.simulator;

/** A layer group of a map; its layers point back to it through {@link FeltLayer#layerGroupId()}. */
public record FeltLayerGroup(String id, String name, String caption, int orderingKey) {

    /** Returns this group under another id, as duplicating a map does. */
    FeltLayerGroup withId(String newId) {
        return new FeltLayerGroup(newId, name, caption, orderingKey);
    }

    /** Returns this group under another name, as publishing it to the library may do. */
    FeltLayerGroup withName(String newName) {
        return new FeltLayerGroup(id, newName, caption, orderingKey);
    }
}
