package dev.camelfelt.felt.simulator;

import java.util.List;

/** A layer group in the workspace library, together with the layers it held when it was published. */
record PublishedLayerGroup(FeltLayerGroup group, List<FeltLayer> layers) {

    PublishedLayerGroup {
        layers = List.copyOf(layers);
    }
}
