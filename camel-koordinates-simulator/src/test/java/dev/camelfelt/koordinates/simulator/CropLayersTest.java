package dev.camelfelt.koordinates.simulator;

import static dev.camelfelt.koordinates.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CropLayersTest {

    @RegisterExtension
    static KoordinatesSimulatorExtension koordinates = new KoordinatesSimulatorExtension();

    @Test
    void cropLayersListAndGet(KoordinatesSimulator simulator) {
        ApiClient client = new ApiClient(simulator);

        JsonNode list = json(client.get("exports/croplayers/"));
        JsonNode one = json(client.get("exports/croplayers/2/"));

        assertThat(list).hasSize(1);
        assertThat(list.get(0)).isEqualTo(one);
        assertThat(one.get("name").asText()).isEqualTo("NZ Regions (simplified)");
        assertThat(one.get("url").asText()).isEqualTo(simulator.apiUrl() + "exports/croplayers/2/");
        assertThat(one.get("features").asText()).isEqualTo(simulator.apiUrl() + "exports/croplayers/2/cropfeatures/");
        assertThat(one.get("extent").get("type").asText()).isEqualTo("MultiPolygon");
        assertThat(client.get("exports/croplayers/3/").statusCode()).isEqualTo(404);
    }

    @Test
    void cropFeaturesListWithoutGeometryAndGetWithIt(KoordinatesSimulator simulator) {
        ApiClient client = new ApiClient(simulator);

        JsonNode features = json(client.get("exports/croplayers/2/cropfeatures/"));
        JsonNode canterbury = json(client.get("exports/croplayers/2/cropfeatures/442/"));

        assertThat(features).hasSize(3);
        assertThat(features.get(0).has("geometry")).isFalse();
        assertThat(features.get(0).get("url").asText())
                .isEqualTo(simulator.apiUrl() + "exports/croplayers/2/cropfeatures/442/");
        assertThat(canterbury.get("name").asText()).isEqualTo("Canterbury");
        assertThat(canterbury.get("geometry").get("type").asText()).isEqualTo("MultiPolygon");
        assertThat(canterbury.at("/geometry/coordinates/0/0")).hasSize(5);
        assertThat(client.get("exports/croplayers/2/cropfeatures/1/").statusCode()).isEqualTo(404);
    }
}
