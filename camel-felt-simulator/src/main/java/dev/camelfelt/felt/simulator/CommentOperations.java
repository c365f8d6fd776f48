package dev.camelfelt.felt.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.Map;

/** The comment operations: export a map's comments as JSON, GeoJSON or CSV, resolve one, delete one. */
final class CommentOperations {

    private static final String CSV_HEADER = "id,author_name,text,created_at,resolved,longitude,latitude\n";

    private final MapStore maps;

    CommentOperations(MapStore maps) {
        this.maps = maps;
    }

    /** Returns the handlers by operation id. */
    Map<String, FeltOperation> handlers() {
        return Map.of(
                "export_map_comments", this::export,
                "resolve_map_comment", this::resolve,
                "delete_map_comment", this::delete);
    }

    private ResponseDefinition export(ApiRequest request) {
        FeltMap map = MapLookup.map(maps, request);
        String format = request.queryParameter("format").orElse("json");
        return switch (format) {
            case "json" -> {
                ArrayNode comments = Json.MAPPER.createArrayNode();
                map.comments().forEach(comment -> comments.add(json(comment)));
                yield ApiResponses.ok(comments);
            }
            case "geojson" -> {
                ObjectNode collection = Json.MAPPER.createObjectNode().put("type", "FeatureCollection");
                ArrayNode features = collection.putArray("features");
                map.comments().forEach(comment -> {
                    ObjectNode feature = features.addObject().put("type", "Feature");
                    feature.putObject("geometry").put("type", "Point").putArray("coordinates")
                            .add(comment.longitude()).add(comment.latitude());
                    ObjectNode properties = json(comment);
                    properties.remove("longitude");
                    properties.remove("latitude");
                    feature.set("properties", properties);
                });
                yield ApiResponses.ok(collection);
            }
            case "csv" -> {
                StringBuilder csv = new StringBuilder(CSV_HEADER);
                map.comments().forEach(comment -> csv.append(String.join(",", comment.id(), csvField(comment.authorName()),
                        csvField(comment.text()), FeltJsonRenderer.timestamp(comment.createdAt()),
                        String.valueOf(comment.resolved()), String.valueOf(comment.longitude()),
                        String.valueOf(comment.latitude()))).append('\n'));
                yield ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                        .withHeader("Content-Type", "text/csv; charset=utf-8").withBody(csv.toString()).build();
            }
            default -> throw FeltApiError.unprocessable("/format", "The format must be csv, json or geojson");
        };
    }

    private ResponseDefinition resolve(ApiRequest request) {
        FeltComment comment = comment(request);
        maps.update(request.pathParameter("map_id"), map -> map.withComments(map.comments().stream()
                .map(found -> found.id().equals(comment.id()) ? found.resolve() : found).toList()));
        return ApiResponses.ok(Json.MAPPER.createObjectNode().put("comment_id", comment.id()));
    }

    private ResponseDefinition delete(ApiRequest request) {
        FeltComment comment = comment(request);
        maps.update(request.pathParameter("map_id"), map -> map.withComments(map.comments().stream()
                .filter(found -> !found.id().equals(comment.id())).toList()));
        return ApiResponses.noContent();
    }

    private FeltComment comment(ApiRequest request) {
        return MapLookup.map(maps, request).comment(request.pathParameter("comment_id"))
                .orElseThrow(() -> FeltApiError.notFound("comment_id", "Comment not found"));
    }

    private static ObjectNode json(FeltComment comment) {
        return Json.MAPPER.createObjectNode()
                .put("id", comment.id())
                .put("author_name", comment.authorName())
                .put("text", comment.text())
                .put("created_at", FeltJsonRenderer.timestamp(comment.createdAt()))
                .put("resolved", comment.resolved())
                .put("longitude", comment.longitude())
                .put("latitude", comment.latitude());
    }

    private static String csvField(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
