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

class MapOperationsTest {

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
    void showsTheSeededTemplateMapWithItsLayerAndGroup() {
        HttpResponse<String> response = client.get("/api/v2/maps/" + template.mapId());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode map = json(response);
        String baseUrl = felt.simulator().baseUrl();
        assertThat(map.get("id").asText()).isEqualTo("1oRg6XlhyAlqjmnihAXPtJ");
        assertThat(map.get("type").asText()).isEqualTo("map");
        assertThat(map.get("title").asText()).isEqualTo("Bay Area Parks");
        assertThat(map.get("url").asText()).isEqualTo(baseUrl + "/map/Bay-Area-Parks-1oRg6XlhyAlqjmnihAXPtJ");
        assertThat(map.get("thumbnail_url").isNull()).isTrue();
        assertThat(map.get("created_at").asText()).isEqualTo("2025-03-14T09:30:00Z");
        assertThat(map.get("visited_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(map.get("basemap").asText()).isEqualTo("default");
        assertThat(map.get("public_access").asText()).isEqualTo("view_only");
        assertThat(map.get("project_id").asText()).isEqualTo(SeedData.DEFAULT_PROJECT_ID);
        assertThat(map.get("folder_id").isNull()).isTrue();
        assertThat(map.get("elements").toString()).isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
        assertThat(map.get("element_groups").size()).isZero();
        assertThat(map.at("/links/self").asText()).isEqualTo(baseUrl + "/api/v2/maps/1oRg6XlhyAlqjmnihAXPtJ");

        JsonNode layer = map.at("/layers/0");
        assertThat(map.get("layers").size()).isEqualTo(1);
        assertThat(layer.get("id").asText()).isEqualTo(template.layerId());
        assertThat(layer.get("type").asText()).isEqualTo("layer");
        assertThat(layer.get("name").asText()).isEqualTo("City Parks");
        assertThat(layer.get("geometry_type").asText()).isEqualTo("Point");
        assertThat(layer.get("status").asText()).isEqualTo("completed");
        assertThat(layer.get("hide_from_legend").asBoolean()).isFalse();
        assertThat(layer.get("refresh_status").asText()).isEqualTo("disabled");
        assertThat(layer.get("attributes").toString()).isEqualTo(
                "[{\"name\":\"name\",\"type\":\"TEXT\"},{\"name\":\"city\",\"type\":\"TEXT\"},{\"name\":\"acres\",\"type\":\"REAL\"}]");

        JsonNode group = map.at("/layer_groups/0");
        assertThat(map.get("layer_groups").size()).isEqualTo(1);
        assertThat(group.get("id").asText()).isEqualTo(template.layerGroupId());
        assertThat(group.get("type").asText()).isEqualTo("layer_group");
        assertThat(group.get("name").asText()).isEqualTo("Recreation");
        assertThat(group.get("visibility_interaction").asText()).isEqualTo("default");
        assertThat(group.at("/layers/0/id").asText()).isEqualTo(template.layerId());
    }

    @Test
    void createsAMapWithDefaults() {
        JsonNode map = json(client.post("/api/v2/maps", "{}"));

        assertThat(map.get("id").asText()).matches("[0-9A-Za-z]{22}");
        assertThat(map.get("title").asText()).isEqualTo("Untitled Map");
        assertThat(map.get("public_access").asText()).isEqualTo("view_only");
        assertThat(map.get("basemap").asText()).isEqualTo("default");
        assertThat(map.get("layers").size()).isZero();
        assertThat(map.get("layer_groups").size()).isZero();
        assertThat(map.get("visited_at").isNull()).isTrue();
        assertThat(felt.simulator().map(map.get("id").asText())).isPresent();
    }

    @Test
    void createsAMapWithoutABody() {
        HttpResponse<String> response = client.postWithoutBody("/api/v2/maps");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("title").asText()).isEqualTo("Untitled Map");
    }

    @Test
    void createsAMapFromEveryField() {
        JsonNode map = json(client.post("/api/v2/maps", """
                {"title": "Trail Network", "description": "Hiking trails", "basemap": "satellite",
                 "public_access": "private", "lat": 37.9, "lon": -122.5, "zoom": 11, "workspace_id": "wsp1",
                 "layer_urls": ["https://tiles.example.org/{z}/{x}/{y}.png"]}
                """));

        assertThat(map.get("title").asText()).isEqualTo("Trail Network");
        assertThat(map.get("basemap").asText()).isEqualTo("satellite");
        assertThat(map.get("public_access").asText()).isEqualTo("private");
        assertThat(map.at("/layers/0/geometry_type").asText()).isEqualTo("Raster");
        assertThat(map.at("/layers/0/name").asText()).isEqualTo("tiles.example.org");
        assertThat(map.at("/layers/0/tile_url").asText()).isEqualTo("https://tiles.example.org/{z}/{x}/{y}.png");
        FeltMap stored = felt.simulator().map(map.get("id").asText()).orElseThrow();
        assertThat(stored.description()).isEqualTo("Hiking trails");
        assertThat(stored.lat()).isEqualTo(37.9);
        assertThat(stored.lon()).isEqualTo(-122.5);
        assertThat(stored.zoom()).isEqualTo(11.0);
        assertThat(stored.workspaceId()).isEqualTo("wsp1");
    }

    @Test
    void walksAMapThroughItsLifecycle() {
        String mapId = json(client.post("/api/v2/maps", "{\"title\": \"Lifecycle\"}")).get("id").asText();

        JsonNode shown = json(client.get("/api/v2/maps/" + mapId));
        assertThat(shown.get("title").asText()).isEqualTo("Lifecycle");
        assertThat(shown.get("visited_at").isNull()).isFalse();

        JsonNode updated = json(client.post("/api/v2/maps/" + mapId + "/update", """
                {"title": "Lifecycle v2", "public_access": "view_and_comment", "basemap": "dark",
                 "viewer_permissions": {"can_export_data": false}, "table_settings": {"viewers_can_open_table": false}}
                """));
        assertThat(updated.get("title").asText()).isEqualTo("Lifecycle v2");
        assertThat(updated.get("public_access").asText()).isEqualTo("view_and_comment");
        assertThat(updated.get("basemap").asText()).isEqualTo("dark");
        assertThat(updated.get("viewer_permissions").toString())
                .isEqualTo("{\"can_duplicate_map\":true,\"can_export_data\":false,\"can_see_map_presence\":true}");
        assertThat(updated.at("/table_settings/viewers_can_open_table").asBoolean()).isFalse();

        JsonNode movedToProject = json(client.post("/api/v2/maps/" + mapId + "/move", "{\"project_id\": \"PrjNewProject000000001\"}"));
        assertThat(movedToProject.get("project_id").asText()).isEqualTo("PrjNewProject000000001");
        assertThat(movedToProject.get("folder_id").isNull()).isTrue();

        JsonNode movedToFolder = json(client.post("/api/v2/maps/" + mapId + "/move", "{\"folder_id\": \"FldArchive00000000001\"}"));
        assertThat(movedToFolder.get("project_id").asText()).isEqualTo("PrjNewProject000000001");
        assertThat(movedToFolder.get("folder_id").asText()).isEqualTo("FldArchive00000000001");

        JsonNode copy = json(client.post("/api/v2/maps/" + mapId + "/duplicate", "{}"));
        assertThat(copy.get("id").asText()).isNotEqualTo(mapId);
        assertThat(copy.get("title").asText()).isEqualTo("Lifecycle v2 (copy)");
        assertThat(copy.get("folder_id").asText()).isEqualTo("FldArchive00000000001");

        HttpResponse<String> deleted = client.delete("/api/v2/maps/" + mapId);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();

        HttpResponse<String> gone = client.get("/api/v2/maps/" + mapId);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(felt.simulator().map(mapId)).isEmpty();
        assertThat(felt.simulator().map(copy.get("id").asText())).isPresent();
    }

    @Test
    void duplicatesLayersUnderNewIdsWithTheSameFeatures() {
        JsonNode copy = json(client.post("/api/v2/maps/" + template.mapId() + "/duplicate",
                "{\"title\": \"Parks copy\", \"destination\": {\"project_id\": \"PrjDestination00000001\"}}"));

        assertThat(copy.get("title").asText()).isEqualTo("Parks copy");
        assertThat(copy.get("project_id").asText()).isEqualTo("PrjDestination00000001");
        String layerId = copy.at("/layers/0/id").asText();
        String groupId = copy.at("/layer_groups/0/id").asText();
        assertThat(layerId).isNotEqualTo(template.layerId()).matches("[0-9A-Za-z]{22}");
        assertThat(groupId).isNotEqualTo(template.layerGroupId());
        assertThat(copy.at("/layer_groups/0/layers/0/id").asText()).isEqualTo(layerId);
        assertThat(copy.at("/layers/0/name").asText()).isEqualTo(template.layerName());

        FeltMap stored = felt.simulator().map(copy.get("id").asText()).orElseThrow();
        FeltMap original = felt.simulator().map(template.mapId()).orElseThrow();
        assertThat(stored.layers().get(0).features()).isEqualTo(original.layers().get(0).features());
        assertThat(stored.layers().get(0).layerGroupId()).isEqualTo(groupId);
    }

    @Test
    void duplicatesIntoAFolderWithTheDefaultTitle() {
        JsonNode copy = json(client.post("/api/v2/maps/" + template.mapId() + "/duplicate",
                "{\"destination\": {\"folder_id\": \"FldTemplates0000000001\"}}"));

        assertThat(copy.get("title").asText()).isEqualTo("Bay Area Parks (copy)");
        assertThat(copy.get("folder_id").asText()).isEqualTo("FldTemplates0000000001");
        assertThat(copy.get("project_id").asText()).isEqualTo(SeedData.DEFAULT_PROJECT_ID);
    }

    @Test
    void answersUnknownMapsWithNotFound() {
        List<HttpResponse<String>> responses = List.of(
                client.get("/api/v2/maps/NoSuchMap0000000000000"),
                client.post("/api/v2/maps/NoSuchMap0000000000000/update", "{\"title\": \"x\"}"),
                client.post("/api/v2/maps/NoSuchMap0000000000000/move", "{\"project_id\": \"p\"}"),
                client.post("/api/v2/maps/NoSuchMap0000000000000/duplicate", "{}"),
                client.delete("/api/v2/maps/NoSuchMap0000000000000"));

        for (HttpResponse<String> response : responses) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).isEqualTo(
                    "{\"errors\":[{\"title\":\"Not Found\",\"detail\":\"Map not found\",\"source\":{\"parameter\":\"map_id\"}}]}");
        }
    }

    @Test
    void rejectsAMoveWithoutExactlyOneTarget() {
        for (String body : List.of("{}", "{\"project_id\": \"a\", \"folder_id\": \"b\"}")) {
            HttpResponse<String> response = client.post("/api/v2/maps/" + template.mapId() + "/move", body);

            assertThat(response.statusCode()).isEqualTo(422);
            JsonNode error = json(response).at("/errors/0");
            assertThat(error.get("title").asText()).isEqualTo("Invalid value");
            assertThat(error.get("detail").asText()).contains("exactly one schema");
            assertThat(error.at("/source/pointer").asText()).isEqualTo("/");
        }
        assertThat(client.postWithoutBody("/api/v2/maps/" + template.mapId() + "/move").statusCode()).isEqualTo(422);
    }

    @Test
    void rejectsUnknownAndMistypedFields() {
        HttpResponse<String> unknown = client.post("/api/v2/maps", "{\"title\": \"x\", \"colour\": \"red\"}");
        HttpResponse<String> mistyped = client.post("/api/v2/maps", "{\"public_access\": \"everyone\"}");

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json(unknown).at("/errors/0/detail").asText()).contains("colour");
        assertThat(mistyped.statusCode()).isEqualTo(422);
        assertThat(json(mistyped).at("/errors/0/source/pointer").asText()).isEqualTo("/public_access");
        assertThat(json(mistyped).at("/errors/0/detail").asText()).startsWith("Instance value (\"everyone\") not found in enum");
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        HttpResponse<String> response = client.post("/api/v2/maps", "{\"title\":");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/errors/0/source/pointer").asText()).isEqualTo("/");
    }

    @Test
    void keepsTheTemplateUnchangedByOtherMapsChanges() {
        client.post("/api/v2/maps/" + template.mapId() + "/duplicate", "{}");

        List<String> layerIds = StreamSupport.stream(json(client.get("/api/v2/maps/" + template.mapId())).path("layers").spliterator(), false)
                .map(layer -> layer.get("id").asText())
                .toList();
        assertThat(layerIds).containsExactly(template.layerId());
    }
}
