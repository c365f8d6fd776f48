package dev.camelfelt.koordinates.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.List;

/** The crop layer and crop feature calls, and the layer and table lookups that export items name. */
final class CropApi {

    List<ApiRoute> routes() {
        return List.of(
                ApiRoute.of("GET", "exports/croplayers/", this::cropLayers),
                ApiRoute.of("GET", "exports/croplayers/{id}/", call -> ApiResponses.ok(
                        KoordinatesJson.cropLayer(cropLayer(call), call.urls()))),
                ApiRoute.of("GET", "exports/croplayers/{id}/cropfeatures/", this::cropFeatures),
                ApiRoute.of("GET", "exports/croplayers/{id}/cropfeatures/{id}/", this::cropFeature),
                ApiRoute.of("GET", "layers/{id}/", call -> item(call, "layers")),
                ApiRoute.of("GET", "tables/{id}/", call -> item(call, "tables")));
    }

    private ResponseDefinition cropLayers(ApiCall call) {
        ArrayNode body = Json.MAPPER.createArrayNode();
        SeedData.CROP_LAYERS.forEach(layer -> body.add(KoordinatesJson.cropLayer(layer, call.urls())));
        return ApiResponses.ok(body);
    }

    private ResponseDefinition cropFeatures(ApiCall call) {
        CropLayer layer = cropLayer(call);
        ArrayNode body = Json.MAPPER.createArrayNode();
        layer.features().forEach(feature -> body.add(KoordinatesJson.cropFeatureSummary(layer, feature, call.urls())));
        return ApiResponses.ok(body);
    }

    private ResponseDefinition cropFeature(ApiCall call) {
        CropLayer layer = cropLayer(call);
        CropFeature feature = layer.feature(call.id(1)).orElseThrow(() -> ApiError.of(404, "Not found."));
        return ApiResponses.ok(KoordinatesJson.cropFeature(layer, feature, call.urls()));
    }

    private static CropLayer cropLayer(ApiCall call) {
        return SeedData.cropLayer(call.id(0)).orElseThrow(() -> ApiError.of(404, "Not found."));
    }

    private static ResponseDefinition item(ApiCall call, String collection) {
        return SeedData.layer(collection, call.id(0))
                .map(layer -> ApiResponses.ok(KoordinatesJson.layer(layer, call.urls())))
                .orElseThrow(() -> ApiError.of(404, "Not found."));
    }
}
