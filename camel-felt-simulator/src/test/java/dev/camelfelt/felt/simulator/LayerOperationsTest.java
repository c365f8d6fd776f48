package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Layers and layer groups: list, show, update, restyle, duplicate and delete. */
class LayerOperationsTest {

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    private FeltTestClient client;
    private SeededMap template;
    private String mapPath;

    @BeforeEach
    void setUp() {
        client = new FeltTestClient(felt.simulator());
        template = felt.simulator().templateMap();
        mapPath = "/api/v2/maps/" + template.mapId();
    }

    @Test
    void listsAndShowsLayers() {
        JsonNode layers = json(client.get(mapPath + "/layers"));

        assertThat(layers.size()).isEqualTo(1);
        assertThat(layers.at("/0/id").asText()).isEqualTo(template.layerId());
        assertThat(json(client.get(mapPath + "/layers/" + template.layerId())).get("name").asText()).isEqualTo("City Parks");
        assertThat(client.get(mapPath + "/layers/NoSuchLayer00000000000").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/v2/maps/NoSuchMap0000000000000/layers").statusCode()).isEqualTo(404);
    }

    @Test
    void updatesLayersInOneCall() {
        HttpResponse<String> response = client.post(mapPath + "/layers", "[{\"id\": \"" + template.layerId() + "\", "
                + "\"name\": \"Parks\", \"caption\": \"All parks\", \"layer_group_id\": null, \"ordering_key\": 7, "
                + "\"refresh_period\": \"day\", \"legend_visibility\": \"hide\"}]");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode layer = json(response).get(0);
        assertThat(layer.get("name").asText()).isEqualTo("Parks");
        assertThat(layer.get("caption").asText()).isEqualTo("All parks");
        assertThat(layer.get("ordering_key").asInt()).isEqualTo(7);
        assertThat(layer.get("refresh_period").asText()).isEqualTo("day");
        assertThat(layer.get("legend_visibility").asText()).isEqualTo("hide");
        assertThat(felt.simulator().map(template.mapId()).orElseThrow().layer(template.layerId()).orElseThrow()
                .layerGroupId()).isNull();
        assertThat(client.post(mapPath + "/layers", "[{\"id\": \"NoSuchLayer00000000000\"}]").statusCode()).isEqualTo(404);
        assertThat(client.post(mapPath + "/layers", "[{\"name\": \"no id\"}]").statusCode()).isEqualTo(422);
    }

    @Test
    void restylesALayer() {
        String style = "{\"version\":\"2.3\",\"type\":\"simple\",\"config\":{},\"paint\":{\"color\":\"#FF0000\"},\"legend\":{}}";

        JsonNode layer = json(client.post(mapPath + "/layers/" + template.layerId() + "/update_style",
                "{\"style\": " + style + "}"));

        assertThat(layer.get("style").toString()).isEqualTo(style);
        assertThat(json(client.get(mapPath + "/layers/" + template.layerId())).get("style").toString()).isEqualTo(style);
        assertThat(client.post(mapPath + "/layers/" + template.layerId() + "/update_style", "{}").statusCode()).isEqualTo(422);
    }

    @Test
    void deletesALayer() {
        assertThat(client.delete(mapPath + "/layers/" + template.layerId()).statusCode()).isEqualTo(204);

        assertThat(json(client.get(mapPath + "/layers")).size()).isZero();
        assertThat(client.delete(mapPath + "/layers/" + template.layerId()).statusCode()).isEqualTo(404);
    }

    @Test
    void duplicatesALayerAndALayerGroupIntoAnotherMap() {
        String copyId = json(client.post("/api/v2/maps", "{\"title\": \"Copy\"}")).get("id").asText();

        JsonNode duplicated = json(client.post("/api/v2/duplicate_layers", "[{\"source_layer_id\": \"" + template.layerId()
                + "\", \"destination_map_id\": \"" + copyId + "\"}, {\"source_layer_group_id\": \"" + template.layerGroupId()
                + "\", \"destination_map_id\": \"" + copyId + "\"}]"));

        assertThat(duplicated.get("layers").size()).isEqualTo(1);
        assertThat(duplicated.at("/layers/0/id").asText()).isNotEqualTo(template.layerId());
        assertThat(duplicated.at("/layer_groups/0/name").asText()).isEqualTo("Recreation");
        assertThat(duplicated.at("/layer_groups/0/layers/0/name").asText()).isEqualTo("City Parks");
        FeltMap copy = felt.simulator().map(copyId).orElseThrow();
        assertThat(copy.layers()).hasSize(2).allSatisfy(layer -> assertThat(layer.features()).hasSize(5));
        assertThat(copy.layerGroups()).hasSize(1);
        assertThat(client.post("/api/v2/duplicate_layers", "[{\"source_layer_id\": \"NoSuchLayer00000000000\", "
                + "\"destination_map_id\": \"" + copyId + "\"}]").statusCode()).isEqualTo(422);
    }

    @Test
    void listsShowsAndUpdatesLayerGroups() {
        JsonNode groups = json(client.get(mapPath + "/layer_groups"));
        assertThat(groups.at("/0/id").asText()).isEqualTo(template.layerGroupId());
        assertThat(groups.at("/0/layers/0/id").asText()).isEqualTo(template.layerId());
        String groupPath = mapPath + "/layer_groups/" + template.layerGroupId();
        assertThat(json(client.get(groupPath)).get("name").asText()).isEqualTo("Recreation");

        JsonNode updated = json(client.post(groupPath, "{\"name\": \"Outdoors\", \"visibility_interaction\": \"slider\"}"));

        assertThat(updated.get("name").asText()).isEqualTo("Outdoors");
        assertThat(updated.get("visibility_interaction").asText()).isEqualTo("slider");
        assertThat(updated.get("caption").asText()).isEqualTo("Parks and open space");
        assertThat(client.get(mapPath + "/layer_groups/NoSuchGroup00000000000").statusCode()).isEqualTo(404);
    }

    @Test
    void updatesAndCreatesLayerGroupsInOneCall() {
        JsonNode groups = json(client.post(mapPath + "/layer_groups", "[{\"id\": \"" + template.layerGroupId()
                + "\", \"name\": \"Outdoors\"}, {\"name\": \"Transit\", \"caption\": \"Bus and rail\"}]"));

        assertThat(groups.findValuesAsText("name")).contains("Outdoors", "Transit");
        assertThat(groups.at("/1/id").asText()).matches("[0-9A-Za-z]{22}");
        assertThat(json(client.get(mapPath + "/layer_groups")).size()).isEqualTo(2);
        assertThat(client.post(mapPath + "/layer_groups", "[{\"caption\": \"no name\"}]").statusCode()).isEqualTo(422);
    }

    @Test
    void deletesALayerGroupWithItsLayers() {
        assertThat(client.delete(mapPath + "/layer_groups/" + template.layerGroupId()).statusCode()).isEqualTo(204);

        FeltMap map = felt.simulator().map(template.mapId()).orElseThrow();
        assertThat(map.layerGroups()).isEmpty();
        assertThat(map.layers()).isEmpty();
        assertThat(client.delete(mapPath + "/layer_groups/" + template.layerGroupId()).statusCode()).isEqualTo(404);
    }
}
