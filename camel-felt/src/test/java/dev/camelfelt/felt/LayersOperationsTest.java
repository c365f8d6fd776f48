package dev.camelfelt.felt;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.model.DuplicateLayerParams;
import dev.camelfelt.felt.model.DuplicateLayersResponse;
import dev.camelfelt.felt.model.FeltMap;
import dev.camelfelt.felt.model.Layer;
import dev.camelfelt.felt.model.LayerStyleParams;
import dev.camelfelt.felt.model.LayerUpdateParams;
import dev.camelfelt.felt.model.UploadResponse;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** felt:layers/*: one Felt call each, checked against the simulator and Felt's OpenAPI description. */
class LayersOperationsTest extends SimulatedFeltTestSupport {

    private String mapPath() {
        return "/api/v2/maps/" + seeded.mapId();
    }

    @Test
    void listAnswersTheMapsLayers() throws Exception {
        Message reply = reply(call("felt:layers/list?mapId=" + seeded.mapId()));

        assertLastBodilessRequest(feltRequest(GET, mapPath() + "/layers"));
        List<Layer> layers = reply.getBody(List.class);
        assertThat(layers).extracting(Layer::id).containsExactly(seeded.layerId());
        assertThat(layers.get(0).status()).isEqualTo("completed");
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(200);
    }

    @Test
    void getTakesTheLayerIdFromTheHeader() throws Exception {
        Message reply = reply(call("felt:layers/get?mapId=" + seeded.mapId() + "&layerId=NotThisOne000000000000", null,
                Map.of(FeltConstants.LAYER_ID, seeded.layerId())));

        assertLastBodilessRequest(feltRequest(GET, mapPath() + "/layers/" + seeded.layerId()));
        assertThat(reply.getBody(Layer.class).name()).isEqualTo(seeded.layerName());
    }

    @Test
    void updateSendsTheListOfLayerUpdates() throws Exception {
        List<LayerUpdateParams> updates = List.of(new LayerUpdateParams(seeded.layerId(), "Parks", "All parks", null, 4,
                "day", null, "hide", null));

        Message reply = reply(call("felt:layers/update?mapId=" + seeded.mapId(), updates, Map.of()));

        assertLastRequest(jsonRequest(POST, mapPath() + "/layers", """
                [{"id": "%s", "name": "Parks", "caption": "All parks", "ordering_key": 4, "refresh_period": "day",
                  "legend_visibility": "hide"}]""".formatted(seeded.layerId())));
        List<Layer> layers = reply.getBody(List.class);
        assertThat(layers).singleElement().satisfies(layer -> {
            assertThat(layer.name()).isEqualTo("Parks");
            assertThat(layer.refreshPeriod()).isEqualTo("day");
        });
    }

    @Test
    void updateTakesAJsonArrayString() throws Exception {
        reply(call("felt:layers/update?mapId=" + seeded.mapId(), "[{\"id\": \"" + seeded.layerId()
                + "\", \"name\": \"Parks\"}]", Map.of()));

        assertLastRequest(jsonRequest(POST, mapPath() + "/layers", "[{\"id\": \"" + seeded.layerId() + "\", \"name\": \"Parks\"}]"));
    }

    @Test
    void deleteAnswersNoBody() throws Exception {
        Message reply = reply(call("felt:layers/delete?mapId=" + seeded.mapId() + "&layerId=" + seeded.layerId()));

        assertLastBodilessRequest(feltRequest(DELETE, mapPath() + "/layers/" + seeded.layerId()));
        assertThat(reply.getBody()).isNull();
        assertThat(reply.getHeader(FeltConstants.HTTP_STATUS)).isEqualTo(204);
        assertThat(simulator.map(seeded.mapId()).orElseThrow().layers()).isEmpty();
    }

    @Test
    void updateStyleSendsTheStyle() throws Exception {
        LayerStyleParams style = new LayerStyleParams(new ObjectMapper().readTree(
                "{\"version\": \"2.3\", \"type\": \"simple\", \"config\": {}, \"paint\": {\"color\": \"#FF0000\"}, \"legend\": {}}"));

        Message reply = reply(call("felt:layers/updateStyle?mapId=" + seeded.mapId() + "&layerId=" + seeded.layerId(),
                style, Map.of()));

        assertLastRequest(jsonRequest(POST, mapPath() + "/layers/" + seeded.layerId() + "/update_style",
                "{\"style\": {\"version\": \"2.3\", \"type\": \"simple\", \"config\": {}, \"paint\": {\"color\": \"#FF0000\"},"
                + " \"legend\": {}}}"));
        assertThat(reply.getBody(Layer.class).style().at("/paint/color").asText()).isEqualTo("#FF0000");
    }

    @Test
    void duplicateCopiesALayerAndALayerGroup() throws Exception {
        String copyId = template.requestBody("felt:maps/create?title=Copy", null, FeltMap.class).id();
        List<DuplicateLayerParams> items = List.of(DuplicateLayerParams.layer(seeded.layerId(), copyId),
                DuplicateLayerParams.layerGroup(seeded.layerGroupId(), copyId));

        Message reply = reply(call("felt:layers/duplicate", items, Map.of()));

        assertLastRequest(jsonRequest(POST, "/api/v2/duplicate_layers", """
                [{"source_layer_id": "%s", "destination_map_id": "%s"},
                 {"source_layer_group_id": "%s", "destination_map_id": "%s"}]"""
                .formatted(seeded.layerId(), copyId, seeded.layerGroupId(), copyId)));
        DuplicateLayersResponse copies = reply.getBody(DuplicateLayersResponse.class);
        assertThat(copies.layers()).extracting(Layer::name).containsExactly(seeded.layerName());
        assertThat(copies.layerGroups()).singleElement().satisfies(group -> assertThat(group.layers()).hasSize(1));
    }

    @Test
    void uploadImportsFromAUrl() throws Exception {
        Message reply = reply(call("felt:layers/upload?mapId=" + seeded.mapId() + "&name=Quakes"
                                   + "&importUrl=https://example.com/quakes.geojson&waitForCompletion=false"));

        assertLastRequest(jsonRequest(POST, mapPath() + "/upload",
                "{\"name\": \"Quakes\", \"import_url\": \"https://example.com/quakes.geojson\"}"));
        UploadResponse upload = reply.getBody(UploadResponse.class);
        assertThat(upload.layerId()).isNotBlank();
        assertThat(upload.url()).isNull();
        assertThat(simulator.map(seeded.mapId()).orElseThrow().layer(upload.layerId())).isPresent();
    }

    @Test
    void uploadTakesAStringBodyForItsJsonParametersNotForData() throws Exception {
        Exception e = failure(call("felt:layers/upload?mapId=" + seeded.mapId() + "&name=Piers", "a,b\n1,2\n", Map.of()),
                IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:layers/upload reads a String body as the JSON parameters of Felt's upload call,"
                                 + " and this one is not JSON: give data as a File, Path, InputStream or byte[] (with"
                                 + " the CamelFileName header)");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void uploadNeedsAName() throws Exception {
        Exception e = failure(call("felt:layers/upload?mapId=" + seeded.mapId() + "&importUrl=https://example.com/q.csv"),
                IllegalArgumentException.class);

        assertThat(e).hasMessage("felt:layers/upload needs the name option");
        assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
    }

    @Test
    void refreshAnswersWhereToPostTheNewFile() throws Exception {
        Message reply = reply(call("felt:layers/refresh?mapId=" + seeded.mapId() + "&layerId=" + seeded.layerId()));

        assertLastBodilessRequest(feltRequest(POST, mapPath() + "/layers/" + seeded.layerId() + "/refresh"));
        UploadResponse refresh = reply.getBody(UploadResponse.class);
        assertThat(refresh.layerId()).isEqualTo(seeded.layerId());
        assertThat(refresh.url()).startsWith(simulator.storage().baseUrl());
        assertThat(refresh.presignedAttributes()).containsKey("key");
    }
}
