package dev.camelfelt.koordinates.simulator;

import java.util.List;
import java.util.Optional;

/** A layer of pre-defined crop areas, and the layer version its features come from. */
public record CropLayer(int id, String name, List<CropFeature> features) {

    /** Returns one of its features. */
    public Optional<CropFeature> feature(int featureId) {
        return features.stream().filter(feature -> feature.id() == featureId).findFirst();
    }
}
