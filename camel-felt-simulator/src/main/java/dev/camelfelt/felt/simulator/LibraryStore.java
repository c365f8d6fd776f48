package dev.camelfelt.felt.simulator;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Stream;

/** The layer library: the workspace's published layers and groups, plus Felt's fixed public layers. */
final class LibraryStore {

    static final String WORKSPACE = "workspace";
    static final String FELT = "felt";

    private final List<FeltLayer> feltLayers = SeedData.feltLibrary();
    private final ConcurrentMap<String, FeltLayer> workspaceLayers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, PublishedLayerGroup> workspaceLayerGroups = new ConcurrentHashMap<>();

    /** Empties the workspace library. */
    void reset() {
        workspaceLayers.clear();
        workspaceLayerGroups.clear();
    }

    /** Adds a layer to the workspace library, replacing an earlier publication of it. */
    void publish(FeltLayer layer) {
        workspaceLayers.put(layer.id(), layer);
    }

    /** Adds a layer group to the workspace library, replacing an earlier publication of it. */
    void publish(PublishedLayerGroup layerGroup) {
        workspaceLayerGroups.put(layerGroup.group().id(), layerGroup);
    }

    /** Returns the layers of a source ("workspace", "felt" or "all"), sorted by name. */
    List<FeltLayer> layers(String source) {
        Stream<FeltLayer> workspace = includesWorkspace(source) ? workspaceLayers.values().stream() : Stream.empty();
        Stream<FeltLayer> felt = includesFelt(source) ? feltLayers.stream() : Stream.empty();
        return Stream.concat(workspace, felt).sorted(Comparator.comparing(FeltLayer::name)).toList();
    }

    /** Returns the layer groups of a source; Felt's public library has none. */
    List<PublishedLayerGroup> layerGroups(String source) {
        if (!includesWorkspace(source)) {
            return List.of();
        }
        return workspaceLayerGroups.values().stream()
                .sorted(Comparator.comparing(published -> published.group().name()))
                .toList();
    }

    private static boolean includesWorkspace(String source) {
        return !FELT.equals(source);
    }

    private static boolean includesFelt(String source) {
        return !WORKSPACE.equals(source);
    }
}
