package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
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
        MapTableSettings tableSettings,
        List<ObjectNode> elements,
        List<FeltElementGroup> elementGroups,
        List<FeltComment> comments) {

    /** Makes the lists read-only and copies the elements, which are mutable GeoJSON features. */
    public FeltMap {
        layerGroups = List.copyOf(layerGroups);
        layers = List.copyOf(layers);
        elements = elements.stream().map(ObjectNode::deepCopy).toList();
        elementGroups = List.copyOf(elementGroups);
        comments = List.copyOf(comments);
    }

    /** A map without elements or comments. */
    public FeltMap(String id, String title, String description, String basemap, String publicAccess, String projectId,
            String folderId, String workspaceId, Double lat, Double lon, Double zoom, Instant createdAt, Instant visitedAt,
            List<FeltLayerGroup> layerGroups, List<FeltLayer> layers, MapViewerPermissions viewerPermissions,
            MapTableSettings tableSettings) {
        this(id, title, description, basemap, publicAccess, projectId, folderId, workspaceId, lat, lon, zoom, createdAt,
                visitedAt, layerGroups, layers, viewerPermissions, tableSettings, List.of(), List.of(), List.of());
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

    /** Returns the element group with the given id, if the map has it. */
    public Optional<FeltElementGroup> elementGroup(String groupId) {
        return elementGroups.stream().filter(group -> group.id().equals(groupId)).findFirst();
    }

    /** Returns the elements (GeoJSON features) inside the given element group. */
    public List<ObjectNode> elementsOf(String groupId) {
        return elements.stream().filter(element -> groupId.equals(element.path("properties").path(FeltElements.PARENT_ID)
                .asText(null))).toList();
    }

    /** Returns the comment with the given id, if the map has it. */
    public Optional<FeltComment> comment(String commentId) {
        return comments.stream().filter(comment -> comment.id().equals(commentId)).findFirst();
    }

    /** Returns this map with other layers and layer groups. */
    FeltMap withLayers(List<FeltLayerGroup> newLayerGroups, List<FeltLayer> newLayers) {
        return new FeltMap(id, title, description, basemap, publicAccess, projectId, folderId, workspaceId, lat, lon, zoom,
                createdAt, visitedAt, newLayerGroups, newLayers, viewerPermissions, tableSettings, elements,
                elementGroups, comments);
    }

    /** Returns this map with one layer replaced by its new state. */
    FeltMap withLayer(FeltLayer changed) {
        return withLayers(layerGroups, layers.stream().map(layer -> layer.id().equals(changed.id()) ? changed : layer)
                .toList());
    }

    /** Returns this map with other elements and element groups. */
    FeltMap withElements(List<ObjectNode> newElements, List<FeltElementGroup> newElementGroups) {
        return new FeltMap(id, title, description, basemap, publicAccess, projectId, folderId, workspaceId, lat, lon, zoom,
                createdAt, visitedAt, layerGroups, layers, viewerPermissions, tableSettings, newElements,
                newElementGroups, comments);
    }

    /** Returns this map with other comments. */
    FeltMap withComments(List<FeltComment> newComments) {
        return new FeltMap(id, title, description, basemap, publicAccess, projectId, folderId, workspaceId, lat, lon, zoom,
                createdAt, visitedAt, layerGroups, layers, viewerPermissions, tableSettings, elements, elementGroups,
                newComments);
    }

    /** Returns this map with the editable details replaced. */
    FeltMap withDetails(String newTitle, String newDescription, String newBasemap, String newPublicAccess,
            MapViewerPermissions newViewerPermissions, MapTableSettings newTableSettings) {
        return new FeltMap(id, newTitle, newDescription, newBasemap, newPublicAccess, projectId, folderId, workspaceId,
                lat, lon, zoom, createdAt, visitedAt, layerGroups, layers, newViewerPermissions, newTableSettings, elements,
                elementGroups, comments);
    }

    /** Returns this map placed in another project and folder. */
    FeltMap movedTo(String newProjectId, String newFolderId) {
        return new FeltMap(id, title, description, basemap, publicAccess, newProjectId, newFolderId, workspaceId,
                lat, lon, zoom, createdAt, visitedAt, layerGroups, layers, viewerPermissions, tableSettings, elements,
                elementGroups, comments);
    }

    /** Returns this map as last visited at the given time. */
    FeltMap visited(Instant time) {
        return new FeltMap(id, title, description, basemap, publicAccess, projectId, folderId, workspaceId,
                lat, lon, zoom, createdAt, time, layerGroups, layers, viewerPermissions, tableSettings, elements,
                elementGroups, comments);
    }
}
