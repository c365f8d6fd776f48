package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The layer group operations: list, show, update one or many (creating those without an id), delete. */
final class LayerGroupOperations {

    private final MapStore maps;

    LayerGroupOperations(MapStore maps) {
        this.maps = maps;
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "list_map_layer_groups", this::list,
                "show_map_layer_group", this::show,
                "update_map_layer_group", this::updateOne,
                "update_map_layer_groups", this::updateMany,
                "delete_map_layer_group", this::delete);
    }

    private ResponseDefinition list(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        return ApiResponses.ok(render(map, map.layerGroups()));
    }

    private ResponseDefinition show(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        FeltLayerGroup group = MapLookup.layerGroup(map, request);
        return ApiResponses.ok(FeltJsonRenderer.layerGroup(group, map.layersOf(group.id())));
    }

    private ResponseDefinition updateOne(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        FeltLayerGroup group = updated(MapLookup.layerGroup(map, request), request.body());
        FeltMap changed = maps.update(map.id(), found -> found.withLayers(replace(found.layerGroups(), group), found.layers()))
                .orElseThrow(MapLookup::mapNotFound);
        return ApiResponses.ok(FeltJsonRenderer.layerGroup(group, changed.layersOf(group.id())));
    }

    private ResponseDefinition updateMany(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        List<FeltLayerGroup> groups = new ArrayList<>(map.layerGroups());
        List<FeltLayerGroup> answered = new ArrayList<>();
        for (JsonNode params : request.body()) {
            FeltLayerGroup group;
            if (params.hasNonNull("id")) {
                group = updated(map.layerGroup(params.get("id").asText())
                        .orElseThrow(() -> FeltApiError.notFound("layer_group_id", "Layer group not found")), params);
                groups = replace(groups, group);
            } else {
                group = updated(new FeltLayerGroup(FeltIds.next(), params.path("name").asText(), null,
                        map.layers().size() + groups.size()), params);
                groups.add(group);
            }
            answered.add(group);
        }
        List<FeltLayerGroup> result = groups;
        FeltMap changed = maps.update(map.id(), found -> found.withLayers(result, found.layers()))
                .orElseThrow(MapLookup::mapNotFound);
        return ApiResponses.ok(render(changed, answered));
    }

    /** Deleting a group deletes the layers in it. */
    private ResponseDefinition delete(ApiRequest request) {
        FeltLayerGroup group = MapLookup.layerGroup(MapLookup.map(maps, request), request);
        maps.update(request.pathParameter("map_id"), map -> map.withLayers(
                map.layerGroups().stream().filter(found -> !found.id().equals(group.id())).toList(),
                map.layers().stream().filter(layer -> !group.id().equals(layer.layerGroupId())).toList()));
        return ApiResponses.noContent();
    }

    private static FeltLayerGroup updated(FeltLayerGroup group, JsonNode params) {
        String caption = params.has("caption") ? params.get("caption").asText()
                : params.has("subtitle") ? params.get("subtitle").asText() : group.caption();
        return new FeltLayerGroup(group.id(), params.path("name").asText(group.name()), caption,
                params.path("ordering_key").asInt(group.orderingKey()),
                params.hasNonNull("visibility_interaction") ? params.get("visibility_interaction").asText()
                        : group.visibilityInteraction(),
                params.path("legend_visibility").asText(group.legendVisibility()));
    }

    private static List<FeltLayerGroup> replace(List<FeltLayerGroup> groups, FeltLayerGroup changed) {
        return new ArrayList<>(groups.stream().map(group -> group.id().equals(changed.id()) ? changed : group).toList());
    }

    private static ArrayNode render(FeltMap map, List<FeltLayerGroup> groups) {
        ArrayNode nodes = Json.MAPPER.createArrayNode();
        groups.forEach(group -> nodes.add(FeltJsonRenderer.layerGroup(group, map.layersOf(group.id()))));
        return nodes;
    }
}
