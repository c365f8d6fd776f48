package dev.camelfelt.felt.simulator;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How far Felt has processed each uploaded, refreshed or source-added layer: a processing layer answers
 * {@code processing} with a growing {@code progress} for a set number of polls, then {@code completed}, or
 * {@code failed} when a test asked for it.
 */
final class LayerProcessing {

    private final int pollsUntilComplete;
    private final ConcurrentMap<String, Integer> polls = new ConcurrentHashMap<>();
    private final Set<String> failingLayerIds = ConcurrentHashMap.newKeySet();
    private final Set<String> failingNames = ConcurrentHashMap.newKeySet();

    LayerProcessing(int pollsUntilComplete) {
        this.pollsUntilComplete = pollsUntilComplete;
    }

    /** Forgets poll counts and forced failures. */
    void reset() {
        polls.clear();
        failingLayerIds.clear();
        failingNames.clear();
    }

    /** Starts counting the polls of a layer that has just begun processing. */
    void started(String layerId) {
        polls.remove(layerId);
    }

    /** Returns the layer after one more poll: a processing layer advances, any other stays as it is. */
    FeltLayer polled(FeltLayer layer) {
        if (!FeltLayer.PROCESSING.equals(layer.status())) {
            return layer;
        }
        int count = polls.merge(layer.id(), 1, Integer::sum);
        if (count <= pollsUntilComplete) {
            return layer.withStatus(FeltLayer.PROCESSING, 100.0 * count / (pollsUntilComplete + 1));
        }
        polls.remove(layer.id());
        boolean failing = failingLayerIds.contains(layer.id()) || failingNames.contains(layer.name());
        return failing ? layer.withStatus(FeltLayer.FAILED, layer.progress()) : layer.withStatus(FeltLayer.COMPLETED, 100.0);
    }

    /** Makes the processing of the layer that finishes from now on fail. */
    void failLayer(String layerId) {
        failingLayerIds.add(layerId);
    }

    /** Makes the processing of every layer of that name that finishes from now on fail. */
    void failLayersNamed(String name) {
        failingNames.add(name);
    }
}
