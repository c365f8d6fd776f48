package dev.camelfelt.felt.simulator;

/** Finds the map, layer or layer group a request's path names, or fails with Felt's 404. */
final class MapLookup {

    private MapLookup() {
    }

    /** Returns the map named by {@code map_id}. */
    static FeltMap map(MapStore maps, ApiRequest request) {
        return maps.find(request.pathParameter("map_id")).orElseThrow(MapLookup::mapNotFound);
    }

    /** Returns the 404 for a {@code map_id} that names no map. */
    static FeltApiError mapNotFound() {
        return FeltApiError.notFound("map_id", "Map not found");
    }

    /** Returns the layer of the map named by {@code layer_id}. */
    static FeltLayer layer(FeltMap map, ApiRequest request) {
        return map.layer(request.pathParameter("layer_id"))
                .orElseThrow(() -> FeltApiError.notFound("layer_id", "Layer not found"));
    }

    /** Returns the layer group of the map named by {@code layer_group_id}. */
    static FeltLayerGroup layerGroup(FeltMap map, ApiRequest request) {
        return map.layerGroup(request.pathParameter("layer_group_id"))
                .orElseThrow(() -> FeltApiError.notFound("layer_group_id", "Layer group not found"));
    }
}
