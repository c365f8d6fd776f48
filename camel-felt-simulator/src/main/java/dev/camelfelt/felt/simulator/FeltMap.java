package dev.camelfelt.felt.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The simulator's state of one map; immutable, every change yields a new value. */
public record FeltMap(
        String id,
        String title,
        String description,
        String basemap,
        String publicAccess,
        String projectId,
        String folderId,
        String workspaceId,
        Double lat,
        Double lon,
        Double zoom,
        Instant createdAt,
        Instant visitedAt,
        List<FeltLayerGroup> layerGroups,
        List<FeltLayer> layers,
        MapViewerPermissions viewerPermissions,
        MapTableSettings tableSettings) {

    /** Makes the layer lists read-only. */
    public FeltMap {
        layerGroups = List.copyOf(layerGroups);
        layers = List.copyOf(layers);
    }

    /** Returns the layer with the given id, if the map has it. */
    public Optional<FeltLayer> layer(String layerId) {
        return layers.stream().filter(layer -> layer.id().equals(layerId)).findFirst();
    }

    /** Returns the layer group with the given id, if the map has it. */
    public Optional<FeltLayerGroup> layerGroup(String layerGroupId) {
        return layerGroups.stream().filter(group -> group.id().equals(layerGroupId)).findFirst();
    }

    /** Returns the layers inside the given group. */
    public List<FeltLayer> layersOf(String layerGroupId) {
        return layers.stream().filter(layer -> layerGroupId.equals(layer.layerGroupId())).toList();
    }

    /** Returns this map with the editable details replaced. */
    FeltMap withDetails(String newTitle, String newDescription, String newBasemap, String newPublicAccess,
            MapViewerPermissions newViewerPermissions, MapTableSettings newTableSettings) {
        return new FeltMap(id, newTitle, newDescription, newBasemap, newPublicAccess, projectId, folderId, workspaceId,
                lat, lon, zoom, createdAt, visitedAt, layerGroups, layers, newViewerPermissions, newTableSettings);
    }

    /** Returns this map placed in another project and folder. */
    FeltMap movedTo(String newProjectId, String newFolderId) {
        return new FeltMap(id, title, description, basemap, publicAccess, newProjectId, newFolderId, workspaceId,
                lat, lon, zoom, createdAt, visitedAt, layerGroups, layers, viewerPermissions, tableSettings);
    }

    /** Returns this map as last visited at the given time. */
    FeltMap visited(Instant time) {
        return new FeltMap(id, title, description, basemap, publicAccess, projectId, folderId, workspaceId,
                lat, lon, zoom, createdAt, time, layerGroups, layers, viewerPermissions, tableSettings);
    }
}
