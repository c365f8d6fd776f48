package dev.camelfelt.felt.simulator;

import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Map;

/** The layer library operations: list the library and publish a map's layer or layer group to it. */
final class LibraryOperations {

    private final MapStore maps;
    private final LibraryStore library;

    LibraryOperations(MapStore maps, LibraryStore library) {
        this.maps = maps;
        this.library = library;
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "list_library_layers", this::list,
                "publish_map_layer", this::publishLayer,
                "publish_map_layer_group", this::publishLayerGroup);
    }

    private ResponseDefinition list(ApiRequest request) {
        String source = request.queryParameter("source").orElse(LibraryStore.WORKSPACE);
        return ApiResponses.ok(FeltJsonRenderer.layerLibrary(library.layers(source), library.layerGroups(source)));
    }

    private ResponseDefinition publishLayer(ApiRequest request) {
        FeltLayer layer = MapLookup.layer(MapLookup.map(maps, request), request);
        String name = request.text("name");
        FeltLayer published = name != null ? layer.withName(name) : layer;
        library.publish(published);
        return ApiResponses.ok(FeltJsonRenderer.layer(published));
    }

    private ResponseDefinition publishLayerGroup(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        FeltLayerGroup group = MapLookup.layerGroup(map, request);
        String name = request.text("name");
        PublishedLayerGroup published = new PublishedLayerGroup(name != null ? group.withName(name) : group,
                map.layersOf(group.id()));
        library.publish(published);
        return ApiResponses.ok(FeltJsonRenderer.layerGroup(published.group(), published.layers()));
    }
}
