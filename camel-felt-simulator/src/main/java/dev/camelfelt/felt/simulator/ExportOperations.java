package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;
import java.util.Map;

/** The layer export operations: export links, custom exports and their polling. */
final class ExportOperations {

    private static final TypeReference<List<Object>> FILTERS = new TypeReference<>() {
    };

    private final MapStore maps;
    private final ExportStore exports;

    ExportOperations(MapStore maps, ExportStore exports) {
        this.maps = maps;
        this.exports = exports;
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "create_map_layer_export_link", this::exportLink,
                "create_map_layer_custom_export", this::startCustomExport,
                "poll_map_layer_custom_export", this::poll);
    }

    private ResponseDefinition exportLink(ApiRequest request) {
        FeltLayer layer = MapLookup.layer(MapLookup.map(maps, request), request);
        String downloadId = exports.createExportLink(layer);
        return ApiResponses.ok(FeltJsonRenderer.exportLink(request.urls().download(downloadId)));
    }

    private ResponseDefinition startCustomExport(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        FeltLayer layer = MapLookup.layer(map, request);
        JsonNode filterNode = request.body().path("filters");
        List<Object> filters = filterNode.isArray() ? Json.MAPPER.convertValue(filterNode, FILTERS) : List.of();
        // parsed now so that a filter the simulator cannot apply fails the request, not the later download
        try {
            FeatureFilter.parse(filters);
        } catch (IllegalArgumentException e) {
            throw FeltApiError.unprocessable("/filters", e.getMessage());
        }
        boolean emailOnCompletion = request.body().path("email_on_completion").asBoolean(true);
        CustomExport export = exports.startCustomExport(map.id(), layer, request.text("output_format"), filters,
                emailOnCompletion);
        return ApiResponses.ok(FeltJsonRenderer.customExportResponse(export, request.urls()));
    }

    /** An export is only found under the map and layer it was requested for. */
    private ResponseDefinition poll(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        FeltLayer layer = MapLookup.layer(map, request);
        CustomExport export = exports.find(request.pathParameter("export_id"))
                .filter(found -> found.mapId().equals(map.id()) && found.layerId().equals(layer.id()))
                .flatMap(found -> exports.poll(found.id()))
                .orElseThrow(() -> FeltApiError.notFound("export_id", "Export not found"));
        return ApiResponses.ok(FeltJsonRenderer.customExportStatus(export, request.urls()));
    }
}
