package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;

/**
 * The source operations: list, create, show, update, delete and sync sources, manage their credentials, and add a
 * layer from a source to a map. Every {@code show_source} counts as a poll of a running sync.
 */
final class SourceOperations {

    /** Connection fields Felt keeps to itself: a source is shown without them. */
    private static final Set<String> SECRET_FIELDS = Set.of("password", "token", "base64_encoded_service_account");
    private static final String REDACTED = "felt:redacted";

    private final MapStore maps;
    private final LayerProcessing processing;
    private final int pollsUntilComplete;
    private final ConcurrentMap<String, FeltSource> sources = new ConcurrentHashMap<>();
    private final Set<String> failingSourceIds = ConcurrentHashMap.newKeySet();
    private final Set<String> failingNames = ConcurrentHashMap.newKeySet();

    SourceOperations(MapStore maps, LayerProcessing processing, int pollsUntilComplete) {
        this.maps = maps;
        this.processing = processing;
        this.pollsUntilComplete = pollsUntilComplete;
    }

    /** Forgets every source and forced failure. */
    void reset() {
        sources.clear();
        failingSourceIds.clear();
        failingNames.clear();
    }

    /** Makes the syncs of the source that finish from now on fail. */
    void failSyncsOfSource(String sourceId) {
        failingSourceIds.add(sourceId);
    }

    /** Makes the syncs of every source of that name that finish from now on fail. */
    void failSyncsOfSourcesNamed(String name) {
        failingNames.add(name);
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "list_sources", this::list,
                "create_source", this::create,
                "show_source", this::show,
                "update_source", this::update,
                "delete_source", this::delete,
                "sync_source", this::sync,
                "create_source_credential", this::createCredential,
                "update_source_credential", this::updateCredential,
                "delete_source_credential", this::deleteCredential,
                "add_map_layer_from_source", this::addSourceLayer);
    }

    private ResponseDefinition list(ApiRequest request) {
        ArrayNode references = Json.MAPPER.createArrayNode();
        sources.values().stream().sorted(Comparator.comparing(FeltSource::createdAt))
                .forEach(source -> references.add(reference(source, request.urls())));
        return ApiResponses.ok(references);
    }

    /** Felt inspects a new source right away: it starts syncing. */
    private ResponseDefinition create(ApiRequest request) {
        Instant now = Instant.now();
        FeltSource source = new FeltSource(FeltIds.next(), request.text("name"),
                withoutSecrets(request.body().get("connection")), permissions(request.body()), FeltSource.SYNCING, 0, now,
                now, null, null, List.of());
        sources.put(source.id(), source);
        return ApiResponses.accepted(reference(source, request.urls()));
    }

    private ResponseDefinition show(ApiRequest request) {
        FeltSource source = change(request, found -> found.polled(pollsUntilComplete,
                failingSourceIds.contains(found.id()) || failingNames.contains(found.name()), Instant.now()));
        return ApiResponses.ok(source(source));
    }

    private ResponseDefinition update(ApiRequest request) {
        FeltSource source = change(request, found -> {
            ObjectNode connection = found.connection();
            JsonNode given = request.body().get("connection");
            if (given != null) {
                connection = given.path("type").asText().equals(found.connectionType()) ? connection : Json.MAPPER.createObjectNode();
                connection.setAll(withoutSecrets(given));
            }
            ObjectNode permissions = request.body().has("permissions") ? permissions(request.body()) : found.permissions();
            String name = request.text("name");
            return found.withDetails(name != null ? name : found.name(), connection, permissions, Instant.now());
        });
        return ApiResponses.accepted(reference(source, request.urls()));
    }

    private ResponseDefinition delete(ApiRequest request) {
        if (sources.remove(request.pathParameter("source_id")) == null) {
            throw notFound();
        }
        return ApiResponses.noContent();
    }

    private ResponseDefinition sync(ApiRequest request) {
        return ApiResponses.accepted(reference(change(request, found -> found.syncing(Instant.now())), request.urls()));
    }

    private ResponseDefinition createCredential(ApiRequest request) {
        Instant now = Instant.now();
        FeltCredential credential = new FeltCredential(FeltIds.next(), request.text("name"), request.text("use_case"),
                (ObjectNode) request.body().get("credential"), now, now);
        FeltSource source = change(request, found -> found.withCredentials(LayerOperations.append(found.credentials(),
                List.of(credential))));
        return ApiResponses.accepted(credential(source, credential));
    }

    private ResponseDefinition updateCredential(ApiRequest request) {
        FeltCredential existing = credential(request);
        ObjectNode merged = existing.credential();
        if (request.body().has("credential")) {
            merged = request.body().path("credential").path("type").asText().equals(merged.path("type").asText())
                    ? merged : Json.MAPPER.createObjectNode();
            merged.setAll((ObjectNode) request.body().get("credential"));
        }
        String name = request.text("name");
        String useCase = request.text("use_case");
        FeltCredential updated = new FeltCredential(existing.id(), name != null ? name : existing.name(),
                useCase != null ? useCase : existing.useCase(), merged, existing.createdAt(), Instant.now());
        FeltSource source = change(request, found -> found.withCredentials(found.credentials().stream()
                .map(credential -> credential.id().equals(updated.id()) ? updated : credential).toList()));
        return ApiResponses.accepted(credential(source, updated));
    }

    private ResponseDefinition deleteCredential(ApiRequest request) {
        FeltCredential existing = credential(request);
        change(request, found -> found.withCredentials(found.credentials().stream()
                .filter(credential -> !credential.id().equals(existing.id())).toList()));
        return ApiResponses.noContent();
    }

    /** Felt accepts the request and builds the layer in the background: it processes like an upload. */
    private ResponseDefinition addSourceLayer(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        String from = request.text("from");
        FeltSource source;
        String layerName;
        if ("dataset".equals(from)) {
            String datasetId = request.text("dataset_id");
            source = sources.values().stream().filter(found -> datasetId.equals(found.datasetId())).findFirst()
                    .orElseThrow(() -> FeltApiError.unprocessable("/dataset_id", "Dataset not found"));
            layerName = datasetName(source);
        } else {
            source = sources.get(request.text("source_id"));
            if (source == null) {
                throw FeltApiError.unprocessable("/source_id", "Source not found");
            }
            layerName = "sql".equals(from) ? source.name() + " query" : request.text("stac_asset_url")
                    .replaceAll(".*/", "");
        }
        int orderingKey = map.layers().size() + map.layerGroups().size();
        FeltLayerGroup group = new FeltLayerGroup(FeltIds.next(), source.name(), null, orderingKey);
        FeltLayer layer = new FeltLayer(FeltIds.next(), layerName, null, group.id(), null, null, orderingKey + 1, null,
                List.of(), FeltLayer.PROCESSING, 0.0, null, null, null);
        maps.update(map.id(), found -> found.withLayers(LayerOperations.append(found.layerGroups(), List.of(group)),
                LayerOperations.append(found.layers(), List.of(layer))));
        processing.started(layer.id());
        ObjectNode answer = Json.MAPPER.createObjectNode().put("status", "accepted");
        answer.putObject("links")
                .put("self", request.urls().mapResource(map.id()))
                .put("layer_group", request.urls().layerGroupResource(map.id(), group.id()));
        return ApiResponses.accepted(answer);
    }

    private FeltSource change(ApiRequest request, UnaryOperator<FeltSource> change) {
        FeltSource changed = sources.computeIfPresent(request.pathParameter("source_id"), (id, found) -> change.apply(found));
        if (changed == null) {
            throw notFound();
        }
        return changed;
    }

    private FeltCredential credential(ApiRequest request) {
        FeltSource source = sources.get(request.pathParameter("source_id"));
        if (source == null) {
            throw notFound();
        }
        String credentialId = request.pathParameter("credential_id");
        return source.credentials().stream().filter(credential -> credential.id().equals(credentialId)).findFirst()
                .orElseThrow(() -> FeltApiError.notFound("credential_id", "Credential not found"));
    }

    private static ObjectNode reference(FeltSource source, FeltUrls urls) {
        ObjectNode node = common(source, "source_reference");
        node.put("connection_type", source.connectionType());
        node.putObject("links").put("self", urls.source(source.id()));
        return node;
    }

    private static ObjectNode source(FeltSource source) {
        ObjectNode node = common(source, "source");
        node.set("connection", source.connection().deepCopy());
        ArrayNode datasets = node.putArray("datasets");
        if (source.datasetId() != null) {
            datasets.addObject()
                    .put("id", source.datasetId())
                    .put("type", "dataset")
                    .put("name", datasetName(source))
                    .putNull("description")
                    .put("geometry_type", "point")
                    .put("inspection_status", "completed")
                    .put("created_at", source.lastSyncedAt().toEpochMilli())
                    .put("updated_at", source.lastSyncedAt().toEpochMilli());
        }
        return node;
    }

    private static ObjectNode common(FeltSource source, String type) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", source.id());
        node.put("type", type);
        node.put("name", source.name());
        node.put("automatic_sync", "enabled");
        node.put("sync_status", source.syncStatus());
        node.put("owner_id", SeedData.USER_ID);
        node.put("workspace_id", SeedData.WORKSPACE_ID);
        node.set("permissions", source.permissions().deepCopy());
        node.put("created_at", source.createdAt().toEpochMilli());
        node.put("updated_at", source.updatedAt().toEpochMilli());
        node.put("last_synced_at", source.lastSyncedAt() == null ? null : source.lastSyncedAt().toEpochMilli());
        return node;
    }

    /** A credential is shown with the values of its sensitive headers redacted. */
    private static ObjectNode credential(FeltSource source, FeltCredential credential) {
        ObjectNode shown = credential.credential().deepCopy();
        for (JsonNode header : shown.path("headers")) {
            if (header.path("sensitive").asBoolean()) {
                ((ObjectNode) header).put("value", REDACTED);
            }
        }
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", credential.id());
        node.put("source_id", source.id());
        node.put("name", credential.name());
        node.put("use_case", credential.useCase());
        node.put("created_at", credential.createdAt().toEpochMilli());
        node.put("updated_at", credential.updatedAt().toEpochMilli());
        node.set("credential", shown);
        return node;
    }

    private static String datasetName(FeltSource source) {
        return source.name() + " dataset";
    }

    private static ObjectNode withoutSecrets(JsonNode connection) {
        ObjectNode copy = ((ObjectNode) connection).deepCopy();
        copy.remove(SECRET_FIELDS);
        return copy;
    }

    private static ObjectNode permissions(JsonNode body) {
        JsonNode given = body.get("permissions");
        return given != null && given.isObject() ? (ObjectNode) given
                : Json.MAPPER.createObjectNode().put("type", "workspace_editors");
    }

    private static FeltApiError notFound() {
        return FeltApiError.notFound("source_id", "Source not found");
    }
}
