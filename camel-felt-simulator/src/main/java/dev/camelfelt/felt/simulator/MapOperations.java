package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The map operations: create, show, update, delete, move and duplicate. */
final class MapOperations {

    private static final Pattern URL_HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://([^/:?#]+)");

    private final MapStore maps;

    MapOperations(MapStore maps) {
        this.maps = maps;
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "create_map", this::create,
                "show_map", this::show,
                "update_map", this::update,
                "delete_map", this::delete,
                "move_map", this::move,
                "duplicate_map", this::duplicate);
    }

    private ResponseDefinition create(ApiRequest request) {
        String mapId = FeltIds.next();
        Instant now = Instant.now();
        FeltMap map = maps.add(new FeltMap(mapId,
                orDefault(request.text("title"), "Untitled Map"),
                request.text("description"),
                orDefault(request.text("basemap"), "default"),
                orDefault(request.text("public_access"), "view_only"),
                SeedData.DEFAULT_PROJECT_ID,
                null,
                request.text("workspace_id"),
                request.number("lat"),
                request.number("lon"),
                request.number("zoom"),
                now,
                null,
                List.of(),
                rasterLayers(request.body().path("layer_urls"), now),
                MapViewerPermissions.DEFAULTS,
                MapTableSettings.DEFAULTS));
        return ApiResponses.ok(FeltJsonRenderer.map(map, request.urls()));
    }

    private ResponseDefinition show(ApiRequest request) {
        FeltMap map = maps.update(request.pathParameter("map_id"), found -> found.visited(Instant.now()))
                .orElseThrow(MapLookup::mapNotFound);
        return ApiResponses.ok(FeltJsonRenderer.map(map, request.urls()));
    }

    private ResponseDefinition update(ApiRequest request) {
        MapViewerPermissions viewerPermissions = request.object("viewer_permissions", MapViewerPermissions.class);
        MapTableSettings tableSettings = request.object("table_settings", MapTableSettings.class);
        FeltMap map = maps.update(request.pathParameter("map_id"), found -> found.withDetails(
                        orDefault(request.text("title"), found.title()),
                        orDefault(request.text("description"), found.description()),
                        orDefault(request.text("basemap"), found.basemap()),
                        orDefault(request.text("public_access"), found.publicAccess()),
                        found.viewerPermissions().updatedWith(viewerPermissions),
                        found.tableSettings().updatedWith(tableSettings)))
                .orElseThrow(MapLookup::mapNotFound);
        return ApiResponses.ok(FeltJsonRenderer.map(map, request.urls()));
    }

    private ResponseDefinition delete(ApiRequest request) {
        if (!maps.remove(request.pathParameter("map_id"))) {
            throw MapLookup.mapNotFound();
        }
        return ApiResponses.noContent();
    }

    /** The spec's oneOf guarantees exactly one of project_id and folder_id; a folder stays in its project. */
    private ResponseDefinition move(ApiRequest request) {
        String projectId = request.text("project_id");
        String folderId = request.text("folder_id");
        FeltMap map = maps.update(request.pathParameter("map_id"),
                        found -> projectId != null ? found.movedTo(projectId, null) : found.movedTo(found.projectId(), folderId))
                .orElseThrow(MapLookup::mapNotFound);
        return ApiResponses.ok(FeltJsonRenderer.map(map, request.urls()));
    }

    private ResponseDefinition duplicate(ApiRequest request) {
        JsonNode destination = request.body().path("destination");
        FeltMap map = maps.duplicate(request.pathParameter("map_id"), request.text("title"),
                        textOrNull(destination.path("project_id")), textOrNull(destination.path("folder_id")))
                .orElseThrow(MapLookup::mapNotFound);
        return ApiResponses.ok(FeltJsonRenderer.map(map, request.urls()));
    }

    private static List<FeltLayer> rasterLayers(JsonNode layerUrls, Instant now) {
        List<FeltLayer> layers = new ArrayList<>();
        for (JsonNode url : layerUrls) {
            Matcher host = URL_HOST.matcher(url.asText());
            String name = host.find() ? host.group(1) : "Raster layer " + (layers.size() + 1);
            layers.add(new FeltLayer(FeltIds.next(), name, null, null, FeltLayer.RASTER, url.asText(), layers.size(), now,
                    List.of()));
        }
        return layers;
    }

    private static String orDefault(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String textOrNull(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
