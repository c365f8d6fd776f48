package dev.camelfelt.koordinates.simulator;

import static dev.camelfelt.koordinates.simulator.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ValidateTest {

    @RegisterExtension
    static KoordinatesSimulatorExtension koordinates = new KoordinatesSimulatorExtension();

    private KoordinatesSimulator simulator;
    private ApiClient client;

    @BeforeEach
    void setUp() {
        simulator = koordinates.simulator();
        client = new ApiClient(simulator);
    }

    @Test
    void anExtentThatMissesTheLayerIsOutsideExtentOnTheItemOnly() {
        HttpResponse<String> response = client.post("exports/validate/",
                Requests.export(simulator, simulator.chathamHutsLayer(), ", \"extent\": " + Requests.CANTERBURY));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode validation = json(response);
        assertThat(validation.get("is_valid").asBoolean()).isFalse();
        assertThat(validation.get("invalid_reasons")).isEmpty();
        JsonNode item = validation.get("items").get(0);
        assertThat(item.get("item").asText()).isEqualTo(simulator.itemUrl(simulator.chathamHutsLayer()));
        assertThat(item.get("is_valid").asBoolean()).isFalse();
        assertThat(item.get("invalid_reasons").get(0).asText()).isEqualTo("outside-extent");
        assertThat(item.get("price").asText()).isEqualTo("0.00");
        assertThat(simulator.exports()).isEmpty();
    }

    @Test
    void anExtentOverTheLayerIsValid() {
        JsonNode validation = json(client.post("exports/validate/",
                Requests.export(simulator, simulator.airportsLayer(), ", \"extent\": " + Requests.CANTERBURY)));

        assertThat(validation.get("is_valid").asBoolean()).isTrue();
        assertThat(validation.get("items").get(0).get("is_valid").asBoolean()).isTrue();
        assertThat(validation.get("size_estimate_zipped").asInt()).isPositive();
    }

    @Test
    void aCropFeatureUrlIsAnExtent() {
        CropLayer regions = simulator.cropLayers().get(0);
        String auckland = simulator.cropFeatureUrl(regions, regions.feature(443).orElseThrow());

        JsonNode validation = json(client.post("exports/validate/", Requests.export(simulator,
                simulator.chathamHutsLayer(), ", \"extent\": \"" + auckland + "\"")));

        assertThat(validation.get("items").get(0).get("invalid_reasons").get(0).asText()).isEqualTo("outside-extent");
    }

    @Test
    void creatingAnInvalidExportAnswers400WithTheValidation() {
        HttpResponse<String> response = client.post("exports/",
                Requests.export(simulator, simulator.chathamHutsLayer(), ", \"extent\": " + Requests.CANTERBURY));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("items").get(0).get("invalid_reasons").get(0).asText())
                .isEqualTo("outside-extent");
        assertThat(simulator.exports()).isEmpty();
    }

    @Test
    void anExtentOfMoreThan1000VerticesIsRejected() {
        HttpResponse<String> tooMany = client.post("exports/validate/", Requests.export(simulator,
                simulator.airportsLayer(), ", \"extent\": " + Requests.polygonWithVertices(1001)));
        HttpResponse<String> enough = client.post("exports/validate/", Requests.export(simulator,
                simulator.airportsLayer(), ", \"extent\": " + Requests.polygonWithVertices(1000)));

        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(json(tooMany).get("extent").get(0).asText())
                .isEqualTo("The extent has 1001 vertices; at most 1000 are allowed.");
        assertThat(enough.statusCode()).isEqualTo(200);
    }

    @Test
    void theCrsIsRequiredExceptForKml() {
        String items = "\"items\": [{\"item\": \"" + simulator.itemUrl(simulator.airportsLayer()) + "\"}]";

        HttpResponse<String> noCrs = client.post("exports/",
                "{\"formats\": {\"vector\": \"application/x-zipped-shp\"}, " + items + "}");
        HttpResponse<String> kml = client.post("exports/",
                "{\"formats\": {\"vector\": \"" + ExportRequestReader.KML + "\"}, " + items + "}");

        assertThat(noCrs.statusCode()).isEqualTo(400);
        assertThat(noCrs.body()).isEqualTo("{\"crs\":[\"This field is required.\"]}");
        assertThat(kml.statusCode()).isEqualTo(201);
    }

    @Test
    void formatsMustBeServerChoicesVerbatimAndCoverEveryKind() {
        String items = "\"items\": [{\"item\": \"" + simulator.itemUrl(simulator.airportsLayer()) + "\"}, {\"item\": \""
                + simulator.itemUrl(simulator.airportCodesTable()) + "\"}]";

        HttpResponse<String> misspelt = client.post("exports/validate/", "{\"crs\": \"EPSG:4326\", \"formats\":"
                + " {\"vector\": \"applicaton/x-ogc-filegdb\", \"table\": \"text/csv\"}, " + items + "}");
        HttpResponse<String> spelt = client.post("exports/validate/", "{\"crs\": \"EPSG:4326\", \"formats\":"
                + " {\"vector\": \"application/x-ogc-filegdb\", \"table\": \"text/csv\"}, " + items + "}");
        HttpResponse<String> noTableFormat = client.post("exports/validate/", "{\"crs\": \"EPSG:4326\", \"formats\":"
                + " {\"vector\": \"text/csv\"}, " + items + "}");

        assertThat(misspelt.statusCode()).isEqualTo(200);
        assertThat(spelt.statusCode()).isEqualTo(400);
        assertThat(json(spelt).get("formats").get(0).asText()).contains("application/x-ogc-filegdb");
        assertThat(noTableFormat.statusCode()).isEqualTo(400);
        assertThat(json(noTableFormat).get("formats").get(0).asText()).isEqualTo("No format given for the table kind.");
    }

    @Test
    void anUnknownItemIsRejected() {
        HttpResponse<String> response = client.post("exports/validate/", "{\"crs\": \"EPSG:2193\", \"formats\":"
                + " {\"vector\": \"text/csv\"}, \"items\": [{\"item\": \"" + simulator.apiUrl() + "layers/1/\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("items").get(0).asText()).startsWith("Invalid hyperlink - Object does not exist.");
    }
}
