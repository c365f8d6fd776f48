package dev.camelfelt.example;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelfelt.felt.simulator.Feature;
import dev.camelfelt.felt.simulator.FeltLayer;
import dev.camelfelt.felt.simulator.FeltMap;
import dev.camelfelt.felt.simulator.FeltSimulator;
import dev.camelfelt.felt.simulator.FeltSimulatorExtension;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulator;
import dev.camelfelt.koordinates.simulator.KoordinatesSimulatorExtension;
import dev.camelfelt.koordinates.simulator.SimulatedExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs koordinates-to-felt on the two simulators: the export cropped to Canterbury arrives in a new Felt map as a
 * processed layer, which is published to the library.
 */
class KoordinatesToFeltJobTest {

    @RegisterExtension
    static final KoordinatesSimulatorExtension KOORDINATES =
            new KoordinatesSimulatorExtension(KoordinatesSimulator.builder().pollsUntilComplete(1));

    @RegisterExtension
    static final FeltSimulatorExtension FELT = new FeltSimulatorExtension(FeltSimulator.builder().pollsUntilComplete(1));

    private static final String CANTERBURY = "{\"type\": \"Polygon\", \"coordinates\": [[[169.5, -45.0], [174.0,"
                                             + " -45.0], [174.0, -41.9], [169.5, -41.9], [169.5, -45.0]]]}";

    @TempDir
    Path downloads;

    @Test
    void exportsTheLayerCroppedToTheExtentUploadsItToANewMapAndPublishesIt() throws Exception {
        KoordinatesSimulator koordinates = KOORDINATES.simulator();
        FeltSimulator felt = FELT.simulator();

        KoordinatesToFeltSummary summary;
        try (CapturedLog log = CapturedLog.open()) {
            summary = new KoordinatesToFeltJob(KoordinatesSource.simulator(koordinates), FeltTarget.simulator(felt),
                    Map.of("koordinates-to-felt.download-directory", downloads.toString())).run();
            assertThat(log.lines()).contains("koordinates-to-felt: Downloaded export " + summary.exportId() + " as "
                            + summary.fileName() + "; creating a Felt map", "koordinates-to-felt: " + summary)
                    .noneMatch(line -> line.contains(felt.token()) || line.contains(koordinates.apiKey()));
        }

        SimulatedExport export = koordinates.exports().get(0);
        Path file = downloads.resolve("kx-nz-airports-GPKG.zip");
        assertThat(summary).isEqualTo(new KoordinatesToFeltSummary(export.id(), "kx-nz-airports-GPKG.zip",
                Files.size(file), summary.mapId(), summary.layerId(), "completed"));
        assertThat(summary.toString()).isEqualTo("Koordinates to Felt done: export " + export.id()
                + " (kx-nz-airports-GPKG.zip, " + Files.size(file) + " bytes) uploaded to new map " + summary.mapId()
                + " as layer " + summary.layerId() + ", published to the library with status completed");

        String request = "{\"items\": [{\"item\": \"" + koordinates.itemUrl(koordinates.airportsLayer()) + "\"}],"
                         + " \"crs\": \"EPSG:4326\", \"formats\": {\"vector\": \"application/x-ogc-gpkg\", \"table\":"
                         + " \"application/x-ogc-gpkg\"}, \"extent\": " + CANTERBURY + "}";
        for (String path : new String[] { "/services/api/v1/exports/validate/", "/services/api/v1/exports/" }) {
            koordinates.wireMock().verify(1, postRequestedFor(urlEqualTo(path))
                    .withHeader("Authorization", equalTo("key " + koordinates.apiKey()))
                    .withRequestBody(equalToJson(request)));
        }
        assertThat(export.state()).isEqualTo("complete");

        FeltMap map = felt.map(summary.mapId()).orElseThrow();
        assertThat(map.title()).isEqualTo("Koordinates export");
        FeltLayer layer = map.layer(summary.layerId()).orElseThrow();
        assertThat(layer.name()).isEqualTo("Airports in Canterbury");
        assertThat(layer.status()).isEqualTo("completed");
        assertThat(layer.features()).extracting(Feature::properties).extracting(properties -> properties.get("name"))
                .containsExactlyInAnyOrder("Christchurch", "Hokitika");
        assertThat(felt.storage().uploads()).singleElement().satisfies(upload -> {
            assertThat(upload.fileName()).isEqualTo("kx-nz-airports-GPKG.zip");
            assertThat(upload.content()).isEqualTo(Files.readAllBytes(file));
        });

        felt.wireMock().verify(1, postRequestedFor(urlPathEqualTo(
                "/api/v2/maps/" + map.id() + "/layers/" + layer.id() + "/publish")));
        assertThat(libraryLayerIds(felt)).contains(layer.id());
        assertThat(felt.contractViolations()).isEmpty();
    }

    @Test
    void theReadmeCommandRunsItOnBothEmbeddedSimulators() {
        assumeTrue(System.getenv("KOORDINATES_API_KEY") == null && System.getenv("FELT_API_TOKEN") == null,
                "the README command runs on the simulators only without a key or token in the environment");
        try (CapturedLog log = CapturedLog.open()) {
            int exitCode = FeltExampleApplication.run(new String[] {"--pipeline=koordinates-to-felt"});

            assertThat(exitCode).isZero();
            // a second run keeps the first run's file and writes kx-nz-airports-GPKG-2.zip
            assertThat(log.lines()).anyMatch(line -> line.matches("koordinates-to-felt: Koordinates to Felt done:"
                    + " export 101 \\(kx-nz-airports-GPKG(-\\d+)?\\.zip, \\d+ bytes\\) uploaded to new map \\w+"
                    + " as layer \\w+, published to the library with status completed"));
            assertThat(log.warningsAndErrors()).isEmpty();
        }
    }

    @Test
    void theJavaDslOnCamelMainIsTheOnlyVariant() {
        try (CapturedLog log = CapturedLog.open()) {
            assertThat(FeltExampleApplication.run(new String[] {"--pipeline=koordinates-to-felt", "--dsl=yaml"}))
                    .isEqualTo(1);
            assertThat(log.warningsAndErrors()).containsExactly(FeltExampleApplication.class.getName() + ": The"
                    + " Koordinates to Felt pipeline failed: koordinates-to-felt is written in the Java DSL and runs on"
                    + " Camel Main: leave out --dsl and --spring-boot");
        }
    }

    @Test
    void theFlagSelectsThePipeline() {
        assertThat(Pipeline.select(new String[] {"--pipeline=koordinates-to-felt"}, null))
                .isEqualTo(Pipeline.KOORDINATES_TO_FELT);
        assertThat(Pipeline.select(new String[0], "koordinates-to-felt")).isEqualTo(Pipeline.KOORDINATES_TO_FELT);
        assertThat(Pipeline.select(new String[0], null)).isEqualTo(Pipeline.FELT_ETL);
    }

    @Test
    void aKeyWithoutAHostIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> KoordinatesSource.site(name -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("KOORDINATES_API_KEY is set, so the pipeline exports from a Koordinates site and needs its"
                            + " host: set KOORDINATES_HOST (e.g. data.linz.govt.nz), or unset KOORDINATES_API_KEY to"
                            + " export from the embedded simulator");
    }

    private static List<String> libraryLayerIds(FeltSimulator felt) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(felt.baseUrl() + "/api/v2/library")).header("Authorization", "Bearer " + felt.token())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode library = new ObjectMapper().readTree(response.body());
        return library.path("layers").findValuesAsText("id");
    }
}
