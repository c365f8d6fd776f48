package dev.camelfelt.felt.simulator;

/** A layer group of a map; its layers point back to it through {@link FeltLayer#layerGroupId()}. */
public record FeltLayerGroup(String id, String name, String caption, int orderingKey, String visibilityInteraction,
        String legendVisibility) {

    /** A group shown in the legend with Felt's default interaction. */
    public FeltLayerGroup(String id, String name, String caption, int orderingKey) {
        this(id, name, caption, orderingKey, "default", "show");
    }

    /** Returns this group under another id, as duplicating a map does. */
    FeltLayerGroup withId(String newId) {
        return new FeltLayerGroup(newId, name, caption, orderingKey, visibilityInteraction, legendVisibility);
    }

    /** Returns this group under another name, as publishing it to the library may do. */
    FeltLayerGroup withName(String newName) {
        return new FeltLayerGroup(id, newName, caption, orderingKey, visibilityInteraction, legendVisibility);
    }
}
