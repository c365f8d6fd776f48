package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The element operations: list, upsert and delete GeoJSON elements; list, show and upsert element groups. */
final class ElementOperations {

    static final String DEFAULT_COLOR = "#C93535";
    static final String DEFAULT_SYMBOL = "dot";

    private final MapStore maps;

    ElementOperations(MapStore maps) {
        this.maps = maps;
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "list_map_elements", this::list,
                "upsert_map_elements", this::upsert,
                "delete_map_element", this::delete,
                "list_map_element_groups", this::listGroups,
                "show_map_element_group", this::showGroup,
                "upsert_map_element_groups", this::upsertGroups);
    }

    private ResponseDefinition list(ApiRequest request) {
        return ApiResponses.ok(FeltJsonRenderer.elements(MapLookup.map(maps, request).elements()));
    }

    /** A feature whose {@code felt:id} names an element replaces it; any other becomes a new element. */
    private ResponseDefinition upsert(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        List<ObjectNode> elements = new ArrayList<>(map.elements());
        List<ObjectNode> upserted = new ArrayList<>();
        int index = 0;
        for (JsonNode feature : request.body().path("features")) {
            String pointer = "/features/" + index++ + "/properties/";
            ObjectNode element = (ObjectNode) feature.deepCopy();
            ObjectNode properties = element.has("properties") && element.get("properties").isObject()
                    ? (ObjectNode) element.get("properties") : element.putObject("properties");
            String parentId = properties.path(FeltElements.PARENT_ID).asText(null);
            if (parentId != null && map.elementGroup(parentId).isEmpty()) {
                throw FeltApiError.unprocessable(pointer + FeltElements.PARENT_ID, "Element group not found");
            }
            String id = properties.path(FeltElements.ID).asText(null);
            int existing = id == null ? -1 : indexOf(elements, id);
            if (id != null && existing < 0) {
                throw FeltApiError.unprocessable(pointer + FeltElements.ID, "Element not found");
            }
            if (existing >= 0) {
                elements.set(existing, element);
            } else {
                properties.put(FeltElements.ID, FeltIds.next());
                elements.add(element);
            }
            upserted.add(element);
        }
        maps.update(map.id(), found -> found.withElements(elements, found.elementGroups()));
        return ApiResponses.ok(FeltJsonRenderer.elements(upserted));
    }

    private ResponseDefinition delete(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        String elementId = request.pathParameter("element_id");
        if (indexOf(map.elements(), elementId) < 0) {
            throw FeltApiError.notFound("element_id", "Element not found");
        }
        maps.update(map.id(), found -> found.withElements(found.elements().stream()
                .filter(element -> !elementId.equals(idOf(element))).toList(), found.elementGroups()));
        return ApiResponses.noContent();
    }

    private ResponseDefinition listGroups(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        return ApiResponses.ok(render(map, map.elementGroups()));
    }

    private ResponseDefinition showGroup(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        FeltElementGroup group = map.elementGroup(request.pathParameter("group_id"))
                .orElseThrow(() -> FeltApiError.notFound("group_id", "Element group not found"));
        return ApiResponses.ok(FeltJsonRenderer.elements(map.elementsOf(group.id())));
    }

    private ResponseDefinition upsertGroups(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        List<FeltElementGroup> groups = new ArrayList<>(map.elementGroups());
        List<FeltElementGroup> upserted = new ArrayList<>();
        for (JsonNode params : request.body()) {
            FeltElementGroup group;
            if (params.hasNonNull("id")) {
                FeltElementGroup existing = map.elementGroup(params.get("id").asText())
                        .orElseThrow(() -> FeltApiError.notFound("group_id", "Element group not found"));
                group = new FeltElementGroup(existing.id(), params.path("name").asText(existing.name()),
                        params.path("color").asText(existing.color()), params.path("symbol").asText(existing.symbol()));
                groups.replaceAll(found -> found.id().equals(existing.id()) ? group : found);
            } else {
                group = new FeltElementGroup(FeltIds.next(), params.path("name").asText(),
                        params.path("color").asText(DEFAULT_COLOR), params.path("symbol").asText(DEFAULT_SYMBOL));
                groups.add(group);
            }
            upserted.add(group);
        }
        FeltMap changed = maps.update(map.id(), found -> found.withElements(found.elements(), groups))
                .orElseThrow(MapLookup::mapNotFound);
        return ApiResponses.ok(render(changed, upserted));
    }

    private static ArrayNode render(FeltMap map, List<FeltElementGroup> groups) {
        ArrayNode nodes = Json.MAPPER.createArrayNode();
        groups.forEach(group -> nodes.add(FeltJsonRenderer.elementGroup(group, map.elementsOf(group.id()))));
        return nodes;
    }

    private static int indexOf(List<ObjectNode> elements, String id) {
        for (int i = 0; i < elements.size(); i++) {
            if (id.equals(idOf(elements.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static String idOf(ObjectNode element) {
        return element.path("properties").path(FeltElements.ID).asText(null);
    }
}
