package dev.camelfelt.felt.simulator;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/** The maps the simulator knows, safe for concurrent use. */
final class MapStore {

    private final ConcurrentMap<String, FeltMap> maps = new ConcurrentHashMap<>();

    MapStore() {
        reset();
    }

    /** Forgets every map and seeds the template map again. */
    void reset() {
        maps.clear();
        FeltMap template = SeedData.templateMap();
        maps.put(template.id(), template);
    }

    /** Stores a new map. */
    FeltMap add(FeltMap map) {
        maps.put(map.id(), map);
        return map;
    }

    /** Returns the map with the given id, if there is one. */
    Optional<FeltMap> find(String mapId) {
        return Optional.ofNullable(maps.get(mapId));
    }

    /** Atomically applies a change to a map and returns the result, if the map exists. */
    Optional<FeltMap> update(String mapId, UnaryOperator<FeltMap> change) {
        return Optional.ofNullable(maps.computeIfPresent(mapId, (id, map) -> change.apply(map)));
    }

    /** Deletes a map and returns whether it existed. */
    boolean remove(String mapId) {
        return maps.remove(mapId) != null;
    }

    /** Returns the layer with the given id in whichever map holds it. */
    Optional<FeltLayer> findLayer(String layerId) {
        return maps.values().stream().flatMap(map -> map.layer(layerId).stream()).findFirst();
    }

    /** Returns the map holding the layer group with the given id. */
    Optional<FeltMap> findLayerGroup(String layerGroupId) {
        return maps.values().stream().filter(map -> map.layerGroup(layerGroupId).isPresent()).findFirst();
    }

    /** Returns every map. */
    List<FeltMap> all() {
        return List.copyOf(maps.values());
    }

    /** Copies a map under new ids for it, its groups and layers; {@code null} arguments keep Felt's defaults. */
    Optional<FeltMap> duplicate(String mapId, String title, String projectId, String folderId) {
        return find(mapId).map(original -> add(copyOf(original, title, projectId, folderId)));
    }

    private static FeltMap copyOf(FeltMap original, String title, String projectId, String folderId) {
        Map<String, String> newGroupIds = new HashMap<>();
        List<FeltLayerGroup> groups = original.layerGroups().stream()
                .map(group -> group.withId(newGroupIds.computeIfAbsent(group.id(), id -> FeltIds.next())))
                .toList();
        List<FeltLayer> layers = original.layers().stream()
                .map(layer -> layer.withIds(FeltIds.next(), newGroupIds.get(layer.layerGroupId())))
                .toList();
        String newTitle = title != null ? title : original.title() + " (copy)";
        String newProjectId = projectId != null ? projectId : original.projectId();
        String newFolderId = projectId != null || folderId != null ? folderId : original.folderId();
        return new FeltMap(FeltIds.next(), newTitle, original.description(), original.basemap(), original.publicAccess(),
                newProjectId, newFolderId, original.workspaceId(), original.lat(), original.lon(), original.zoom(),
                Instant.now(), null, groups, layers, original.viewerPermissions(), original.tableSettings());
    }
}
