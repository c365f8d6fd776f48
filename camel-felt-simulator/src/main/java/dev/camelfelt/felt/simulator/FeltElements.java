package dev.camelfelt.felt.simulator;

/** The properties by which Felt's GeoJSON elements carry their own id and their element group's. */
final class FeltElements {

    static final String ID = "felt:id";
    static final String PARENT_ID = "felt:parentId";

    private FeltElements() {
    }
}
