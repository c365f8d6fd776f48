package dev.camelfelt.felt.kamelet;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelfelt.felt.FeltComponent;
import dev.camelfelt.felt.FeltConstants;
import dev.camelfelt.felt.model.Layer;
import dev.camelfelt.felt.simulator.ExportStatus;
import dev.camelfelt.felt.simulator.FeltLayer;
import dev.camelfelt.felt.simulator.FeltMap;
import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.FeltSimulatorExtension;
import dev.camelfelt.felt.simulator.SeededMap;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.component.kamelet.KameletComponent;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs a YAML route through each Kamelet of the camel-felt jar against the simulator. */
class FeltKameletsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final FeltSimulatorExtension FELT = new FeltSimulatorExtension(FeltSimulator.builder().pollsUntilComplete(1));

    @TempDir
    Path downloads;

    private FeltSimulator simulator;
    private SeededMap template;
    private CamelContext camel;

    @BeforeEach
    void startRoutes() throws Exception {
        simulator = FELT.simulator();
        template = simulator.templateMap();
        camel = new DefaultCamelContext();
        camel.getComponent("kamelet", KameletComponent.class).setLocation("classpath:kamelets");
        Properties properties = new Properties();
        properties.setProperty("felt.base-url", simulator.baseUrl());
        properties.setProperty("felt.api-token", simulator.token());
        properties.setProperty("felt.map-id", template.mapId());
        properties.setProperty("felt.layer-id", template.layerId());
        properties.setProperty("felt.download-directory", downloads.toString());
        camel.getPropertiesComponent().setOverrideProperties(properties);
        // where a Kamelet is given no baseUrl, the component's applies
        camel.getComponent("felt", FeltComponent.class).getConfiguration().setBaseUrl(simulator.baseUrl());
        PluginHelper.getRoutesLoader(camel)
                .loadRoutes(ResourceHelper.resolveMandatoryResource(camel, "classpath:kamelet/felt-kamelet-routes.yaml"));
        camel.start();
    }

    @AfterEach
    void stopRoutes() {
        camel.stop();
    }

    @Test
    void exportActionDownloadsTheLayerIntoTheDirectory() throws Exception {
        MockEndpoint exported = camel.getEndpoint("mock:exported", MockEndpoint.class);
        exported.expectedMessageCount(1);

        // the incoming body is not a request for Felt: the Kamelet sends its properties instead
        camel.createProducerTemplate().sendBody("direct:export", "a message from an earlier step");

        exported.assertIsSatisfied();
        Message message = exported.getReceivedExchanges().get(0).getMessage();
        File file = message.getBody(File.class);
        assertThat(file.toPath()).isEqualTo(downloads.resolve(
                message.getHeader(FeltConstants.EXPORT_ID) + "-" + template.layerName() + ".geojson"));
        assertThat(features(file)).hasSize(template.featureCount());
        assertThat(simulator.customExports()).singleElement().satisfies(export -> {
            assertThat(export.id()).isEqualTo(message.getHeader(FeltConstants.EXPORT_ID));
            assertThat(export.outputFormat()).isEqualTo("geojson");
            assertThat(export.emailOnCompletion()).isFalse();
        });
    }

    @Test
    void mapDuplicateActionReturnsTheNewMapAsJson() throws Exception {
        MockEndpoint duplicated = camel.getEndpoint("mock:duplicated", MockEndpoint.class);
        duplicated.expectedMessageCount(1);

        camel.createProducerTemplate().sendBody("direct:duplicate", null);

        duplicated.assertIsSatisfied();
        Message message = duplicated.getReceivedExchanges().get(0).getMessage();
        JsonNode newMap = JSON.readTree(message.getBody(String.class));
        assertThat(newMap.path("title").asText()).isEqualTo("Parks for the field team");
        String newMapId = newMap.path("id").asText();
        assertThat(newMapId).isNotEqualTo(template.mapId()).isEqualTo(message.getHeader(FeltConstants.MAP_ID));
        FeltMap copy = simulator.map(newMapId).orElseThrow();
        assertThat(copy.title()).isEqualTo("Parks for the field team");
        assertThat(copy.layers()).singleElement().satisfies(layer -> assertThat(layer.name()).isEqualTo(template.layerName()));
    }

    @Test
    void aKameletWithoutBaseUrlUsesTheComponents() throws Exception {
        MockEndpoint duplicated = camel.getEndpoint("mock:duplicated-without-base-url", MockEndpoint.class);
        duplicated.expectedMessageCount(1);

        camel.createProducerTemplate().sendBody("direct:duplicate-without-base-url", null);

        duplicated.assertIsSatisfied();
        String newMapId = JSON.readTree(duplicated.getReceivedExchanges().get(0).getMessage().getBody(String.class))
                .path("id").asText();
        assertThat(simulator.map(newMapId).orElseThrow().title()).isEqualTo("Parks by the component's base URL");
    }

    @Test
    void exportSourceEmitsTheExportStartedWithExportCreateOnceItCompleted() throws Exception {
        MockEndpoint ended = camel.getEndpoint("mock:ended", MockEndpoint.class);
        ended.expectedMessageCount(1);

        String exportId = camel.createProducerTemplate().request("felt:export/create?format=geojson&mapId="
                + template.mapId() + "&layerId=" + template.layerId() + "&baseUrl=" + simulator.baseUrl()
                + "&apiToken=" + simulator.token(), exchange -> { }).getMessage()
                .getHeader(FeltConstants.EXPORT_ID, String.class);

        ended.assertIsSatisfied();
        Message message = ended.getReceivedExchanges().get(0).getMessage();
        assertThat(message.getHeader(FeltConstants.EXPORT_ID)).isEqualTo(exportId);
        assertThat(message.getHeader(FeltConstants.EXPORT_STATUS)).isEqualTo("completed");
        assertThat(message.getHeader(FeltConstants.FILE_NAME)).isEqualTo(exportId + "-" + template.layerName() + ".geojson");
        assertThat(simulator.customExport(exportId).orElseThrow().status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(simulator.downloadsServed()).isEqualTo(1);
    }

    @Test
    void uploadSinkImportsFromTheUrlIntoANewLayerAndWaitsUntilFeltHasProcessedIt() throws Exception {
        MockEndpoint uploaded = camel.getEndpoint("mock:uploaded-from-url", MockEndpoint.class);
        uploaded.expectedMessageCount(1);

        // with an import URL the body is not sent: Felt fetches the data itself
        camel.createProducerTemplate().sendBody("direct:upload-from-url", "a message from an earlier step");

        uploaded.assertIsSatisfied();
        Message message = uploaded.getReceivedExchanges().get(0).getMessage();
        String layerId = message.getHeader(FeltConstants.LAYER_ID, String.class);
        FeltLayer layer = simulator.map(template.mapId()).orElseThrow().layer(layerId).orElseThrow();
        assertThat(layer.name()).isEqualTo("Earthquakes");
        assertThat(layer.importUrl()).isEqualTo("https://example.com/earthquakes.geojson");
        assertThat(layer.status()).isEqualTo("completed");
        assertThat(message.getBody(Layer.class).status()).isEqualTo("completed");
        simulator.wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v2/maps/" + template.mapId() + "/upload"))
                .withHeader("Authorization", equalTo("Bearer " + simulator.token()))
                .withRequestBody(equalToJson("{\"name\": \"Earthquakes\", \"import_url\":"
                                             + " \"https://example.com/earthquakes.geojson\"}")));
        assertThat(simulator.storage().uploads()).isEmpty();
    }

    @Test
    void layerRefreshActionHasFeltFetchAUrlLayerAgainAndReturnsItProcessed() throws Exception {
        camel.createProducerTemplate().sendBody("direct:upload-from-url", null);
        String layerId = camel.getEndpoint("mock:uploaded-from-url", MockEndpoint.class).getReceivedExchanges().get(0)
                .getMessage().getHeader(FeltConstants.LAYER_ID, String.class);
        MockEndpoint refreshed = camel.getEndpoint("mock:refreshed", MockEndpoint.class);
        refreshed.expectedMessageCount(1);

        camel.createProducerTemplate().sendBodyAndHeader("direct:refresh", null, FeltConstants.LAYER_ID, layerId);

        refreshed.assertIsSatisfied();
        JsonNode layer = JSON.readTree(refreshed.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertThat(layer.path("id").asText()).isEqualTo(layerId);
        assertThat(layer.path("status").asText()).isEqualTo("completed");
        simulator.wireMock().verify(1, postRequestedFor(urlEqualTo("/api/v2/maps/" + template.mapId() + "/layers/"
                                                                   + layerId + "/refresh"))
                .withHeader("Authorization", equalTo("Bearer " + simulator.token())));
        assertThat(simulator.map(template.mapId()).orElseThrow().layer(layerId).orElseThrow().status())
                .isEqualTo("completed");
    }

    @Test
    void uploadSinkUploadsTheFileBodyIntoANewLayerAndWaitsUntilFeltHasProcessedIt() throws Exception {
        Path file = points(downloads.resolve("trailheads.geojson"), "Rodeo Beach", "Tennessee Valley");
        MockEndpoint uploaded = camel.getEndpoint("mock:uploaded-from-file", MockEndpoint.class);
        uploaded.expectedMessageCount(1);

        camel.createProducerTemplate().sendBody("direct:upload-from-file", file.toFile());

        uploaded.assertIsSatisfied();
        String layerId = uploaded.getReceivedExchanges().get(0).getMessage().getHeader(FeltConstants.LAYER_ID,
                String.class);
        FeltLayer layer = simulator.map(template.mapId()).orElseThrow().layer(layerId).orElseThrow();
        assertThat(layer.name()).isEqualTo("Trailheads");
        assertThat(layer.status()).isEqualTo("completed");
        assertThat(layer.features()).extracting(feature -> feature.properties().get("name"))
                .containsExactly("Rodeo Beach", "Tennessee Valley");
        assertThat(simulator.storage().uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.layerId()).isEqualTo(layerId);
            assertThat(upload.fileName()).isEqualTo("trailheads.geojson");
            assertThat(upload.content()).isEqualTo(Files.readAllBytes(file));
        });
    }

    @Test
    void layerRefreshActionUploadsTheFileBodyAsTheLayersNewData() throws Exception {
        camel.createProducerTemplate().sendBody("direct:upload-from-file",
                points(downloads.resolve("trailheads.geojson"), "Rodeo Beach").toFile());
        String layerId = camel.getEndpoint("mock:uploaded-from-file", MockEndpoint.class).getReceivedExchanges().get(0)
                .getMessage().getHeader(FeltConstants.LAYER_ID, String.class);
        Path newer = points(downloads.resolve("trailheads-2.geojson"), "Rodeo Beach", "Muir Beach");
        MockEndpoint refreshed = camel.getEndpoint("mock:refreshed", MockEndpoint.class);
        refreshed.expectedMessageCount(1);

        camel.createProducerTemplate().sendBodyAndHeader("direct:refresh", newer.toFile(), FeltConstants.LAYER_ID,
                layerId);

        refreshed.assertIsSatisfied();
        JsonNode layer = JSON.readTree(refreshed.getReceivedExchanges().get(0).getMessage().getBody(String.class));
        assertThat(layer.path("id").asText()).isEqualTo(layerId);
        assertThat(layer.path("status").asText()).isEqualTo("completed");
        assertThat(simulator.storage().uploads()).hasSize(2).last().satisfies(upload -> {
            assertThat(upload.layerId()).isEqualTo(layerId);
            assertThat(upload.content()).isEqualTo(Files.readAllBytes(newer));
        });
        assertThat(simulator.map(template.mapId()).orElseThrow().layer(layerId).orElseThrow().features())
                .extracting(feature -> feature.properties().get("name")).containsExactly("Rodeo Beach", "Muir Beach");
    }

    @ParameterizedTest
    @ValueSource(strings = { "felt-export-action", "felt-map-duplicate-action", "felt-export-source",
                             "felt-upload-sink", "felt-layer-refresh-action" })
    void everyKameletDependsOnThisVersionOfCamelFelt(String kamelet) throws IOException {
        String version = JSON.readTree(resource("META-INF/dev/camelfelt/felt/felt.json"))
                .path("component").path("version").asText();

        assertThat(new String(resource("kamelets/" + kamelet + ".kamelet.yaml"), StandardCharsets.UTF_8))
                .contains("name: " + kamelet + "\n")
                .contains("\"mvn:dev.camelfelt:camel-felt:" + version + "\"");
    }

    /** Writes a GeoJSON file of one point per name. */
    private static Path points(Path file, String... names) throws IOException {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        for (int i = 0; i < names.length; i++) {
            ObjectNode feature = collection.withArray("features").addObject().put("type", "Feature");
            feature.putObject("properties").put("name", names[i]);
            feature.putObject("geometry").put("type", "Point").putArray("coordinates").add(-122.5 + i / 100.0).add(37.8);
        }
        return Files.write(file, JSON.writeValueAsBytes(collection));
    }

    private static JsonNode features(File geoJson) throws IOException {
        JsonNode collection = JSON.readTree(geoJson);
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        return collection.path("features");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FeltKameletsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
