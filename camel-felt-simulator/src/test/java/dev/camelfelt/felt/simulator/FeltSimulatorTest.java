package dev.camelfelt.felt.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The simulator's lifecycle, settings and inspection helpers, used without the JUnit extension. */
class FeltSimulatorTest {

    @Test
    void startsOnLoopbackWithDefaults() {
        FeltSimulator simulator = FeltSimulator.start();
        try (simulator) {
            assertThat(simulator.port()).isPositive();
            assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + simulator.port());
            assertThat(simulator.token()).isEqualTo("felt-simulator-token");
            assertThat(simulator.wireMock().isRunning()).isTrue();
            assertThat(simulator.templateMap()).isEqualTo(new SeededMap("1oRg6XlhyAlqjmnihAXPtJ", "Bay Area Parks",
                    "5dV913Ye2MkYkdSQ7BSHGO", "City Parks", "uAMe2zTkxJ0THmUVTwqcaj", 5, "Xc4m2ZkVQpSOYn1tDq7uHe"));
            assertThat(simulator.map(simulator.templateMap().mapId()).orElseThrow().layers().get(0).features()).hasSize(5);
        }
        assertThat(simulator.wireMock().isRunning()).isFalse();
    }

    @Test
    void appliesTheBuildersSettings() throws IOException {
        int port = freePort();
        try (FeltSimulator simulator = FeltSimulator.builder().token("s3cret").pollsUntilComplete(0).port(port).build()) {
            FeltTestClient client = new FeltTestClient(simulator);
            SeededMap template = simulator.templateMap();
            String layerPath = "/api/v2/maps/" + template.mapId() + "/layers/" + template.layerId();

            assertThat(simulator.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
            String exportId = json(client.post(layerPath + "/custom_export", "{\"output_format\": \"csv\"}"))
                    .get("export_request_id").asText();
            assertThat(json(client.get(layerPath + "/custom_exports/" + exportId)).get("status").asText()).isEqualTo("completed");
            assertThat(client.withAuthorization("Bearer felt-simulator-token").get("/api/v2/library").statusCode()).isEqualTo(401);
            assertThat(simulator.contractViolations()).isEmpty();
        }
    }

    @Test
    void rejectsInvalidSettings() {
        assertThatThrownBy(() -> FeltSimulator.builder().token(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeltSimulator.builder().pollsUntilComplete(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FeltSimulator.builder().port(70000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resetReturnsToTheSeededState() {
        try (FeltSimulator simulator = FeltSimulator.start()) {
            FeltTestClient client = new FeltTestClient(simulator);
            SeededMap template = simulator.templateMap();
            String layerPath = "/api/v2/maps/" + template.mapId() + "/layers/" + template.layerId();
            String newMapId = json(client.post("/api/v2/maps", "{\"title\": \"Scratch\"}")).get("id").asText();
            client.post(layerPath + "/publish", "{}");
            simulator.failExportsOfLayer(template.layerId());
            client.post("/api/v2/maps/" + template.mapId() + "/update", "{\"title\": \"Renamed\"}");
            client.download(json(client.get(layerPath + "/get_export_link")).get("export_link").asText(), null);
            client.post(layerPath + "/custom_export", "{\"output_format\": \"csv\"}");

            simulator.reset();

            assertThat(simulator.map(newMapId)).isEmpty();
            assertThat(simulator.map(template.mapId()).orElseThrow().title()).isEqualTo("Bay Area Parks");
            assertThat(simulator.exportsCreated()).isZero();
            assertThat(simulator.customExports()).isEmpty();
            assertThat(simulator.downloadsServed()).isZero();
            assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
            assertThat(client.get("/api/v2/library").body()).isEqualTo("{\"type\":\"layer_library\",\"layers\":[],\"layer_groups\":[]}");
            String exportId = json(client.post(layerPath + "/custom_export", "{\"output_format\": \"csv\"}")).get("export_request_id").asText();
            for (int poll = 0; poll <= FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE; poll++) {
                client.get(layerPath + "/custom_exports/" + exportId);
            }
            assertThat(simulator.customExport(exportId).orElseThrow().status()).isEqualTo(ExportStatus.COMPLETED);
        }
    }

    @Test
    void letsTestsVerifyRequestsThroughWireMock() {
        try (FeltSimulator simulator = FeltSimulator.start()) {
            new FeltTestClient(simulator).get("/api/v2/maps/" + simulator.templateMap().mapId());

            simulator.wireMock().verify(1, getRequestedFor(urlPathEqualTo("/api/v2/maps/" + simulator.templateMap().mapId())));
        }
    }

    @Test
    void recordsContractViolationsInItsOwnTraffic() {
        try (FeltSimulator simulator = FeltSimulator.start()) {
            simulator.wireMock().stubFor(get(urlPathEqualTo("/api/v2/maps/Broken0000000000000000")).atPriority(1)
                    .willReturn(okJson("{\"id\": \"Broken0000000000000000\"}")));

            new FeltTestClient(simulator).get("/api/v2/maps/Broken0000000000000000");

            assertThat(simulator.contractViolations()).singleElement().asString().contains("missing required properties");
            simulator.reset();
            assertThat(simulator.contractViolations()).isEmpty();
            assertThat(new FeltTestClient(simulator).get("/api/v2/maps/Broken0000000000000000").statusCode()).isEqualTo(404);
            assertThat(simulator.contractViolations()).isEmpty();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
