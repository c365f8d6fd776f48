package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Elements (GeoJSON features drawn on a map) and element groups. */
class ElementOperationsTest {

    private static final String PIN = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[-122.4,37.8]},"
            + "\"properties\":{\"name\":\"Pin\"}}";

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    private FeltTestClient client;
    private String mapPath;

    @BeforeEach
    void setUp() {
        client = new FeltTestClient(felt.simulator());
        mapPath = "/api/v2/maps/" + felt.simulator().templateMap().mapId();
    }

    @Test
    void upsertsListsAndDeletesElements() {
        JsonNode created = json(client.post(mapPath + "/elements", collection(PIN)));

        String elementId = created.at("/features/0/properties/felt:id").asText();
        assertThat(elementId).matches("[0-9A-Za-z]{22}");
        assertThat(created.at("/features/0/properties/name").asText()).isEqualTo("Pin");

        JsonNode updated = json(client.post(mapPath + "/elements", collection(PIN.replace("\"name\":\"Pin\"",
                "\"name\":\"Moved\",\"felt:id\":\"" + elementId + "\""))));
        assertThat(updated.at("/features/0/properties/felt:id").asText()).isEqualTo(elementId);

        JsonNode listed = json(client.get(mapPath + "/elements"));
        assertThat(listed.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(listed.get("features").size()).isEqualTo(1);
        assertThat(listed.at("/features/0/properties/name").asText()).isEqualTo("Moved");
        assertThat(json(client.get(mapPath)).at("/elements/features/0/properties/felt:id").asText()).isEqualTo(elementId);

        assertThat(client.delete(mapPath + "/elements/" + elementId).statusCode()).isEqualTo(204);
        assertThat(json(client.get(mapPath + "/elements")).get("features").size()).isZero();
        assertThat(client.delete(mapPath + "/elements/" + elementId).statusCode()).isEqualTo(404);
    }

    @Test
    void rejectsAnUnknownElementIdOrGroup() {
        assertThat(client.post(mapPath + "/elements", collection(PIN.replace("\"name\":\"Pin\"",
                "\"felt:id\":\"NoSuchElement000000000\""))).statusCode()).isEqualTo(422);
        assertThat(json(client.post(mapPath + "/elements", collection(PIN.replace("\"name\":\"Pin\"",
                "\"felt:parentId\":\"NoSuchGroup00000000000\"")))).at("/errors/0/source/pointer").asText())
                .isEqualTo("/features/0/properties/felt:parentId");
    }

    @Test
    void upsertsListsAndShowsElementGroups() {
        JsonNode groups = json(client.post(mapPath + "/element_groups", "[{\"name\": \"Stops\"}]"));

        String groupId = groups.at("/0/id").asText();
        assertThat(groups.at("/0/color").asText()).isEqualTo("#C93535");
        assertThat(groups.at("/0/symbol").asText()).isEqualTo("dot");
        client.post(mapPath + "/elements", collection(PIN.replace("\"name\":\"Pin\"",
                "\"name\":\"Stop 1\",\"felt:parentId\":\"" + groupId + "\""), PIN));

        JsonNode renamed = json(client.post(mapPath + "/element_groups", "[{\"id\": \"" + groupId
                + "\", \"name\": \"Bus stops\", \"color\": \"#0000FF\"}]"));
        assertThat(renamed.at("/0/name").asText()).isEqualTo("Bus stops");
        assertThat(renamed.at("/0/elements/features").size()).isEqualTo(1);

        JsonNode listed = json(client.get(mapPath + "/element_groups"));
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.at("/0/color").asText()).isEqualTo("#0000FF");
        JsonNode shown = json(client.get(mapPath + "/element_groups/" + groupId));
        assertThat(shown.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(shown.at("/features/0/properties/name").asText()).isEqualTo("Stop 1");
        assertThat(json(client.get(mapPath)).at("/element_groups/0/id").asText()).isEqualTo(groupId);
        assertThat(client.get(mapPath + "/element_groups/NoSuchGroup00000000000").statusCode()).isEqualTo(404);
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }
}
