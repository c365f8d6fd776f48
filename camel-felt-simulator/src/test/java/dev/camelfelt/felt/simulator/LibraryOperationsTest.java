package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LibraryOperationsTest {

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    private FeltTestClient client;
    private SeededMap template;

    @BeforeEach
    void setUp() {
        client = new FeltTestClient(felt.simulator());
        template = felt.simulator().templateMap();
    }

    @Test
    void startsWithAnEmptyWorkspaceLibrary() {
        HttpResponse<String> response = client.get("/api/v2/library");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"type\":\"layer_library\",\"layers\":[],\"layer_groups\":[]}");
    }

    @Test
    void listsFeltsPublicLibrary() {
        JsonNode library = json(client.get("/api/v2/library?source=felt"));

        assertThat(names(library.get("layers"))).containsExactly("US States", "World Airports");
        assertThat(library.at("/layers/0/id").asText()).isEqualTo("WKirFw3EELEztXrJU7Z0Lz");
        assertThat(library.at("/layers/0/geometry_type").asText()).isEqualTo("Polygon");
        assertThat(library.get("layer_groups").size()).isZero();
    }

    @Test
    void publishesALayerUnderANewName() {
        HttpResponse<String> response = client.post(
                "/api/v2/maps/" + template.mapId() + "/layers/" + template.layerId() + "/publish", "{\"name\": \"Parks of the Bay\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode layer = json(response);
        assertThat(layer.get("id").asText()).isEqualTo(template.layerId());
        assertThat(layer.get("type").asText()).isEqualTo("layer");
        assertThat(layer.get("name").asText()).isEqualTo("Parks of the Bay");
        assertThat(names(json(client.get("/api/v2/library")).get("layers"))).containsExactly("Parks of the Bay");
        assertThat(names(json(client.get("/api/v2/library?source=all")).get("layers")))
                .containsExactly("Parks of the Bay", "US States", "World Airports");
        assertThat(names(json(client.get("/api/v2/library?source=felt")).get("layers")))
                .containsExactly("US States", "World Airports");
    }

    @Test
    void publishesALayerUnderItsOwnNameWithoutABody() {
        HttpResponse<String> response = client.postWithoutBody(
                "/api/v2/maps/" + template.mapId() + "/layers/" + template.layerId() + "/publish");

        assertThat(json(response).get("name").asText()).isEqualTo(template.layerName());
    }

    @Test
    void publishesALayerGroupWithItsLayers() {
        HttpResponse<String> response = client.post(
                "/api/v2/maps/" + template.mapId() + "/layer_groups/" + template.layerGroupId() + "/publish", "{\"name\": \"Open Space\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode group = json(response);
        assertThat(group.get("id").asText()).isEqualTo(template.layerGroupId());
        assertThat(group.get("type").asText()).isEqualTo("layer_group");
        assertThat(group.get("name").asText()).isEqualTo("Open Space");
        assertThat(group.at("/layers/0/id").asText()).isEqualTo(template.layerId());
        JsonNode library = json(client.get("/api/v2/library?source=workspace"));
        assertThat(names(library.get("layer_groups"))).containsExactly("Open Space");
        assertThat(library.get("layers").size()).isZero();
    }

    @Test
    void rejectsAnUnknownSource() {
        HttpResponse<String> response = client.get("/api/v2/library?source=everything");

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode error = json(response).at("/errors/0");
        assertThat(error.get("title").asText()).isEqualTo("Invalid value");
        assertThat(error.get("detail").asText()).isEqualTo(
                "Instance value (\"everything\") not found in enum (possible values: [\"workspace\",\"felt\",\"all\"])");
        assertThat(error.at("/source/pointer").asText()).isEqualTo("/source");
    }

    @Test
    void answersUnknownIdsWithNotFoundNamingTheParameter() {
        HttpResponse<String> unknownLayer = client.postWithoutBody(
                "/api/v2/maps/" + template.mapId() + "/layers/NoSuchLayer00000000000/publish");
        HttpResponse<String> unknownGroup = client.postWithoutBody(
                "/api/v2/maps/" + template.mapId() + "/layer_groups/NoSuchGroup00000000000/publish");
        HttpResponse<String> unknownMap = client.postWithoutBody(
                "/api/v2/maps/NoSuchMap0000000000000/layers/" + template.layerId() + "/publish");

        assertThat(unknownLayer.statusCode()).isEqualTo(404);
        assertThat(unknownLayer.body()).isEqualTo(
                "{\"errors\":[{\"title\":\"Not Found\",\"detail\":\"Layer not found\",\"source\":{\"parameter\":\"layer_id\"}}]}");
        assertThat(unknownGroup.statusCode()).isEqualTo(404);
        assertThat(json(unknownGroup).at("/errors/0/source/parameter").asText()).isEqualTo("layer_group_id");
        assertThat(unknownMap.statusCode()).isEqualTo(404);
        assertThat(json(unknownMap).at("/errors/0/source/parameter").asText()).isEqualTo("map_id");
    }

    private static List<String> names(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).map(item -> item.get("name").asText()).toList();
    }
}
