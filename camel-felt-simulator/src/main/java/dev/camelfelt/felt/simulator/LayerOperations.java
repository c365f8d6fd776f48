package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The layer operations: list, show, update, delete, restyle, duplicate, and the uploads and refreshes that fill them. */
final class LayerOperations {

    /** The layer fields an update sets as they are, over the defaults Felt renders. */
    private static final List<String> SETTINGS = List.of("legend_display", "legend_visibility", "refresh_period", "metadata");

    private final MapStore maps;
    private final LayerProcessing processing;
    private final Supplier<UploadStorage> storage;

    /** The storage is asked for lazily, since it calls back here when a file arrives. */
    LayerOperations(MapStore maps, LayerProcessing processing, Supplier<UploadStorage> storage) {
        this.maps = maps;
        this.processing = processing;
        this.storage = storage;
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "list_map_layers", this::list,
                "show_map_layer", this::show,
                "update_map_layer", this::update,
                "delete_map_layer", this::delete,
                "update_map_layer_style", this::updateStyle,
                "duplicate_map_layers", this::duplicate,
                "upload_map_layer", this::upload,
                "refresh_map_layer", this::refresh);
    }

    /** Takes in a file the storage accepted: the layer now holds its data and is being processed. */
    void received(ReceivedUpload upload) {
        UploadedData data = UploadedData.read(upload.fileName(), upload.content());
        maps.update(upload.mapId(), map -> map.layer(upload.layerId())
                .map(layer -> map.withLayer(layer.withData(data.geometryType(), data.features(), Instant.now())))
                .orElse(map));
        processing.started(upload.layerId());
    }

    /** Every read of a layer counts as a poll of its processing. */
    private ResponseDefinition list(ApiRequest request) {
        FeltMap map = maps.update(request.pathParameter("map_id"),
                        found -> found.withLayers(found.layerGroups(), found.layers().stream().map(processing::polled).toList()))
                .orElseThrow(MapLookup::mapNotFound);
        ArrayNode layers = Json.MAPPER.createArrayNode();
        map.layers().forEach(layer -> layers.add(FeltJsonRenderer.layer(layer)));
        return ApiResponses.ok(layers);
    }

    private ResponseDefinition show(ApiRequest request) {
        FeltLayer layer = MapLookup.layer(MapLookup.map(maps, request), request);
        return ApiResponses.ok(FeltJsonRenderer.layer(changeLayer(request, layer.id(), processing::polled)));
    }

    private ResponseDefinition update(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        List<JsonNode> updates = new ArrayList<>();
        request.body().forEach(updates::add);
        for (JsonNode update : updates) {
            String layerId = update.path("id").asText();
            FeltLayer layer = map.layer(layerId).orElseThrow(() -> FeltApiError.notFound("layer_id", "Layer not found"));
            String groupId = update.has("layer_group_id") ? nullableText(update.path("layer_group_id")) : layer.layerGroupId();
            if (groupId != null && map.layerGroup(groupId).isEmpty()) {
                throw FeltApiError.unprocessable("/layer_group_id", "Layer group not found");
            }
            ObjectNode settings = layer.settings().deepCopy();
            SETTINGS.stream().filter(update::has).forEach(field -> settings.set(field, update.get(field)));
            String caption = update.has("caption") ? update.get("caption").asText()
                    : update.has("subtitle") ? update.get("subtitle").asText() : layer.caption();
            map = map.withLayer(layer.withDetails(update.path("name").asText(layer.name()), caption, groupId,
                    update.path("ordering_key").asInt(layer.orderingKey()), settings));
        }
        FeltMap updated = map;
        maps.update(updated.id(), found -> updated);
        ArrayNode answer = Json.MAPPER.createArrayNode();
        updates.forEach(update -> answer.add(FeltJsonRenderer.layer(updated.layer(update.path("id").asText()).orElseThrow())));
        return ApiResponses.ok(answer);
    }

    private ResponseDefinition delete(ApiRequest request) {
        FeltLayer layer = MapLookup.layer(MapLookup.map(maps, request), request);
        maps.update(request.pathParameter("map_id"), map -> map.withLayers(map.layerGroups(),
                map.layers().stream().filter(found -> !found.id().equals(layer.id())).toList()));
        return ApiResponses.noContent();
    }

    private ResponseDefinition updateStyle(ApiRequest request) {
        FeltLayer layer = MapLookup.layer(MapLookup.map(maps, request), request);
        ObjectNode style = (ObjectNode) request.body().get("style");
        return ApiResponses.ok(FeltJsonRenderer.layer(changeLayer(request, layer.id(), found -> found.withStyle(style))));
    }

    /** Copies layers, or layer groups with their layers, into other maps under new ids. */
    private ResponseDefinition duplicate(ApiRequest request) {
        ObjectNode answer = Json.MAPPER.createObjectNode();
        ArrayNode layers = answer.putArray("layers");
        ArrayNode layerGroups = answer.putArray("layer_groups");
        for (JsonNode item : request.body()) {
            String destinationId = item.path("destination_map_id").asText();
            FeltMap destination = maps.find(destinationId)
                    .orElseThrow(() -> FeltApiError.unprocessable("/destination_map_id", "Map not found"));
            if (item.has("source_layer_id")) {
                FeltLayer source = maps.findLayer(item.get("source_layer_id").asText())
                        .orElseThrow(() -> FeltApiError.unprocessable("/source_layer_id", "Layer not found"));
                FeltLayer copy = source.withIds(FeltIds.next(), null);
                maps.update(destination.id(), map -> map.withLayers(map.layerGroups(), append(map.layers(), List.of(copy))));
                layers.add(FeltJsonRenderer.layer(copy));
            } else {
                String groupId = item.path("source_layer_group_id").asText();
                FeltMap source = maps.findLayerGroup(groupId)
                        .orElseThrow(() -> FeltApiError.unprocessable("/source_layer_group_id", "Layer group not found"));
                FeltLayerGroup group = source.layerGroup(groupId).orElseThrow().withId(FeltIds.next());
                List<FeltLayer> copies = source.layersOf(groupId).stream()
                        .map(layer -> layer.withIds(FeltIds.next(), group.id()))
                        .toList();
                maps.update(destination.id(), map -> map.withLayers(append(map.layerGroups(), List.of(group)),
                        append(map.layers(), copies)));
                layerGroups.add(FeltJsonRenderer.layerGroup(group, copies));
            }
        }
        return ApiResponses.ok(answer);
    }

    /** A new layer in a new group: it waits for its file, or Felt fetches {@code import_url} itself. */
    private ResponseDefinition upload(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        String importUrl = request.text("import_url");
        int orderingKey = map.layers().size() + map.layerGroups().size();
        FeltLayerGroup group = new FeltLayerGroup(FeltIds.next(), request.text("name"), null, orderingKey);
        ObjectNode settings = Json.MAPPER.createObjectNode();
        if (request.body().has("metadata")) {
            settings.set("metadata", request.body().get("metadata"));
        }
        FeltLayer layer = new FeltLayer(FeltIds.next(), request.text("name"), null, group.id(), null, null, orderingKey + 1,
                null, List.of(), importUrl == null ? FeltLayer.UPLOADING : FeltLayer.PROCESSING, 0.0, importUrl, null,
                settings);
        maps.update(map.id(), found -> found.withLayers(append(found.layerGroups(), List.of(group)),
                append(found.layers(), List.of(layer))));
        return ApiResponses.ok(FeltJsonRenderer.uploadResponse(layer, begin(map.id(), layer)));
    }

    /** A layer imported from a URL is fetched again; any other waits for a new file. */
    private ResponseDefinition refresh(ApiRequest request) {
        FeltLayer layer = MapLookup.layer(MapLookup.map(maps, request), request);
        // a layer still waiting for its file may be asked for a fresh form; one whose data is being read may not
        if (FeltLayer.PROCESSING.equals(layer.status())) {
            throw FeltApiError.unprocessable("/", "The layer is still being processed");
        }
        String status = layer.importUrl() == null ? FeltLayer.UPLOADING : FeltLayer.PROCESSING;
        FeltLayer refreshing = changeLayer(request, layer.id(), found -> found.withStatus(status, 0.0));
        return ApiResponses.ok(FeltJsonRenderer.uploadResponse(refreshing, begin(request.pathParameter("map_id"), refreshing)));
    }

    /** Starts processing a layer Felt fetches itself, or hands out a storage form for its file. */
    private PendingUpload begin(String mapId, FeltLayer layer) {
        if (FeltLayer.PROCESSING.equals(layer.status())) {
            processing.started(layer.id());
            return null;
        }
        return storage.get().issue(mapId, layer.id());
    }

    private FeltLayer changeLayer(ApiRequest request, String layerId, UnaryOperator<FeltLayer> change) {
        AtomicReference<FeltLayer> changed = new AtomicReference<>();
        maps.update(request.pathParameter("map_id"), map -> {
            FeltLayer layer = change.apply(map.layer(layerId).orElseThrow());
            changed.set(layer);
            return map.withLayer(layer);
        }).orElseThrow(MapLookup::mapNotFound);
        return changed.get();
    }

    static <T> List<T> append(List<T> list, List<T> more) {
        List<T> joined = new ArrayList<>(list);
        joined.addAll(more);
        return joined;
    }

    private static String nullableText(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
