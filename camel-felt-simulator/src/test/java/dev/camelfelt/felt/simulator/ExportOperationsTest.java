package dev.camelfelt.felt.simulator;

import static dev.camelfelt.felt.simulator.FeltTestClient.json;
import static dev.camelfelt.felt.simulator.FeltTestClient.text;
import static dev.camelfelt.felt.simulator.FeltTestClient.unzip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExportOperationsTest {

    @RegisterExtension
    static FeltSimulatorExtension felt = new FeltSimulatorExtension();

    private FeltTestClient client;
    private SeededMap template;
    private String layerPath;

    @BeforeEach
    void setUp() {
        client = new FeltTestClient(felt.simulator());
        template = felt.simulator().templateMap();
        layerPath = "/api/v2/maps/" + template.mapId() + "/layers/" + template.layerId();
    }

    @Test
    void exportLinkServesTheLayerAsAGeoPackageArchive() {
        HttpResponse<String> response = client.get(layerPath + "/get_export_link");

        assertThat(response.statusCode()).isEqualTo(200);
        String link = json(response).get("export_link").asText();
        assertThat(json(response).size()).isEqualTo(1);
        assertThat(link).matches(felt.simulator().baseUrl() + "/downloads/[0-9A-Za-z]{22}/Felt-Export\\.zip");

        HttpResponse<byte[]> download = client.download(link, null);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(download.body().length);
        Map<String, byte[]> files = unzip(download.body());
        assertThat(files).containsOnlyKeys("City Parks.gpkg");
        assertThat(text(files.get("City Parks.gpkg"))).contains("gpkg export of layer 'City Parks' with 5 features");
        assertThat(felt.simulator().downloadsServed()).isEqualTo(1);
    }

    @Test
    void customExportRunsFromInProgressToADownloadableGeoJsonArchive() {
        JsonNode started = json(client.post(layerPath + "/custom_export",
                "{\"output_format\": \"geojson\", \"email_on_completion\": false}"));
        String exportId = started.get("export_request_id").asText();
        String pollEndpoint = felt.simulator().baseUrl() + layerPath + "/custom_exports/" + exportId;
        assertThat(exportId).matches("[0-9A-Za-z]{22}");
        assertThat(started.get("poll_endpoint").asText()).isEqualTo(pollEndpoint);
        assertThat(started.size()).isEqualTo(2);

        for (int poll = 1; poll <= FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE; poll++) {
            assertThat(client.get(layerPath + "/custom_exports/" + exportId).body()).isEqualTo(
                    "{\"export_id\":\"" + exportId + "\",\"status\":\"in_progress\",\"download_url\":null,\"filters\":[]}");
        }
        JsonNode completed = json(client.get(layerPath + "/custom_exports/" + exportId));
        String downloadUrl = felt.simulator().baseUrl() + "/downloads/" + exportId + "/Felt-Export.zip";
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(completed.get("download_url").asText()).isEqualTo(downloadUrl);
        assertThat(json(client.get(layerPath + "/custom_exports/" + exportId)).get("status").asText()).isEqualTo("completed");

        HttpResponse<byte[]> download = client.download(downloadUrl, null);
        assertThat(download.statusCode()).isEqualTo(200);
        Map<String, byte[]> files = unzip(download.body());
        assertThat(files).containsOnlyKeys("City Parks.geojson");
        JsonNode geoJson = json(files.get("City Parks.geojson"));
        assertThat(geoJson.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(featureNames(geoJson)).containsExactly(
                "Golden Gate Park", "Tilden Regional Park", "Joaquin Miller Park", "Mission Dolores Park", "Alamo Square");
        assertThat(geoJson.at("/features/0").toString()).isEqualTo("{\"type\":\"Feature\",\"id\":\"w4qglNORizzSri28cAFdf6\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-122.4862,37.7694]},"
                + "\"properties\":{\"name\":\"Golden Gate Park\",\"city\":\"San Francisco\",\"acres\":1017.0}}");

        CustomExport export = felt.simulator().customExport(exportId).orElseThrow();
        assertThat(export.emailOnCompletion()).isFalse();
        assertThat(export.outputFormat()).isEqualTo("geojson");
        assertThat(export.layerId()).isEqualTo(template.layerId());
        assertThat(export.polls()).isEqualTo(5);
        assertThat(export.status()).isEqualTo(ExportStatus.COMPLETED);
        assertThat(felt.simulator().exportsCreated()).isEqualTo(1);
        assertThat(felt.simulator().downloadsServed()).isEqualTo(1);
    }

    @Test
    void honoursAComparisonFilter() {
        String exportId = startExport("{\"output_format\": \"geojson\", \"filters\": [\"acres\", \"gt\", 100]}");

        JsonNode status = pollUntilFinished(exportId);

        assertThat(status.get("filters").toString()).isEqualTo("[\"acres\",\"gt\",100]");
        JsonNode geoJson = json(unzip(client.download(status.get("download_url").asText(), null).body()).get("City Parks.geojson"));
        assertThat(featureNames(geoJson)).containsExactly("Golden Gate Park", "Tilden Regional Park", "Joaquin Miller Park");
        assertThat(felt.simulator().customExport(exportId).orElseThrow().filters()).containsExactly("acres", "gt", 100);
    }

    @Test
    void honoursComparisonsJoinedByAnd() {
        String exportId = startExport("{\"output_format\": \"geojson\", "
                + "\"filters\": [[\"city\", \"eq\", \"San Francisco\"], \"and\", [\"acres\", \"lt\", 100]]}");

        JsonNode status = pollUntilFinished(exportId);

        JsonNode geoJson = json(unzip(client.download(status.get("download_url").asText(), null).body()).get("City Parks.geojson"));
        assertThat(featureNames(geoJson)).containsExactly("Mission Dolores Park", "Alamo Square");
    }

    @Test
    void exportsCsvWithPropertiesAndCoordinates() {
        String exportId = startExport("{\"output_format\": \"csv\"}");

        JsonNode status = pollUntilFinished(exportId);

        Map<String, byte[]> files = unzip(client.download(status.get("download_url").asText(), null).body());
        assertThat(files).containsOnlyKeys("City Parks.csv");
        assertThat(text(files.get("City Parks.csv")).lines()).containsExactly(
                "name,city,acres,lon,lat",
                "Golden Gate Park,San Francisco,1017.0,-122.4862,37.7694",
                "Tilden Regional Park,Berkeley,2079.0,-122.2447,37.8958",
                "Joaquin Miller Park,Oakland,500.0,-122.1833,37.8139",
                "Mission Dolores Park,San Francisco,16.0,-122.4276,37.7596",
                "Alamo Square,San Francisco,12.7,-122.4346,37.7764");
        assertThat(felt.simulator().customExport(exportId).orElseThrow().emailOnCompletion()).isTrue();
    }

    @Test
    void servesPlaceholdersNamedForTheBinaryFormats() {
        Map<String, String> fileNames = Map.of("gpkg", "City Parks.gpkg", "geotiff", "City Parks.tif", "pmtiles", "City Parks.pmtiles");

        fileNames.forEach((format, fileName) -> {
            JsonNode status = pollUntilFinished(startExport("{\"output_format\": \"" + format + "\"}"));
            Map<String, byte[]> files = unzip(client.download(status.get("download_url").asText(), null).body());
            assertThat(files).containsOnlyKeys(fileName);
            assertThat(text(files.get(fileName))).startsWith("Felt simulator placeholder for a " + format + " export");
        });
    }

    @Test
    void failsExportsOfALayerOnDemand() {
        felt.simulator().failExportsOfLayer(template.layerId());
        String exportId = startExport("{\"output_format\": \"geojson\"}");

        JsonNode status = pollUntilFinished(exportId);

        assertThat(status.get("status").asText()).isEqualTo("failed");
        assertThat(status.get("download_url").isNull()).isTrue();
        String downloadUrl = felt.simulator().baseUrl() + "/downloads/" + exportId + "/Felt-Export.zip";
        assertThat(client.download(downloadUrl, null).statusCode()).isEqualTo(404);
        assertThat(felt.simulator().customExport(exportId).orElseThrow().status()).isEqualTo(ExportStatus.FAILED);
    }

    @Test
    void refusesDownloadsThatCarryAnAuthorizationHeader() {
        String link = json(client.get(layerPath + "/get_export_link")).get("export_link").asText();

        HttpResponse<byte[]> download = client.download(link, "Bearer " + felt.simulator().token());

        assertThat(download.statusCode()).isEqualTo(400);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/xml");
        assertThat(text(download.body())).contains("<Code>InvalidArgument</Code>");
        assertThat(felt.simulator().downloadsServed()).isZero();
    }

    @Test
    void hasNothingToDownloadBeforeAnExportCompletes() {
        String exportId = startExport("{\"output_format\": \"csv\"}");

        HttpResponse<byte[]> download = client.download(felt.simulator().baseUrl() + "/downloads/" + exportId + "/Felt-Export.zip", null);

        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(text(download.body())).contains("<Code>NoSuchKey</Code>");
    }

    @Test
    void rejectsInvalidExportRequests() {
        HttpResponse<String> unknownFormat = client.post(layerPath + "/custom_export", "{\"output_format\": \"shapefile\"}");
        HttpResponse<String> missingFormat = client.post(layerPath + "/custom_export", "{\"email_on_completion\": true}");
        HttpResponse<String> noBody = client.postWithoutBody(layerPath + "/custom_export");
        HttpResponse<String> unsupportedFilter = client.post(layerPath + "/custom_export",
                "{\"output_format\": \"csv\", \"filters\": [\"acres\", \"between\", [1, 2]]}");

        assertThat(unknownFormat.statusCode()).isEqualTo(422);
        assertThat(json(unknownFormat).at("/errors/0/source/pointer").asText()).isEqualTo("/output_format");
        assertThat(json(unknownFormat).at("/errors/0/detail").asText()).startsWith("Instance value (\"shapefile\") not found in enum");
        for (HttpResponse<String> response : List.of(missingFormat, noBody)) {
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(json(response).at("/errors/0/source/pointer").asText()).isEqualTo("/output_format");
            assertThat(json(response).at("/errors/0/detail").asText()).contains("missing required properties");
        }
        assertThat(unsupportedFilter.statusCode()).isEqualTo(422);
        assertThat(json(unsupportedFilter).at("/errors/0/source/pointer").asText()).isEqualTo("/filters");
        assertThat(felt.simulator().exportsCreated()).isZero();
    }

    @Test
    void answersUnknownIdsWithNotFoundNamingTheParameter() {
        String exportId = startExport("{\"output_format\": \"csv\"}");
        String otherMapLayerPath = "/api/v2/maps/NoSuchMap0000000000000/layers/" + template.layerId();

        assertNotFound(client.get(otherMapLayerPath + "/get_export_link"), "map_id", "Map not found");
        assertNotFound(client.post("/api/v2/maps/" + template.mapId() + "/layers/NoSuchLayer00000000000/custom_export",
                "{\"output_format\": \"csv\"}"), "layer_id", "Layer not found");
        assertNotFound(client.get(layerPath + "/custom_exports/NoSuchExport0000000000"), "export_id", "Export not found");

        String copyId = json(client.post("/api/v2/maps/" + template.mapId() + "/duplicate", "{}")).get("id").asText();
        String copyLayerId = felt.simulator().map(copyId).orElseThrow().layers().get(0).id();
        assertNotFound(client.get("/api/v2/maps/" + copyId + "/layers/" + copyLayerId + "/custom_exports/" + exportId),
                "export_id", "Export not found");
    }

    private void assertNotFound(HttpResponse<String> response, String parameter, String detail) {
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"errors\":[{\"title\":\"Not Found\",\"detail\":\"" + detail
                + "\",\"source\":{\"parameter\":\"" + parameter + "\"}}]}");
    }

    private String startExport(String body) {
        HttpResponse<String> response = client.post(layerPath + "/custom_export", body);
        assertThat(response.statusCode()).isEqualTo(200);
        return json(response).get("export_request_id").asText();
    }

    private JsonNode pollUntilFinished(String exportId) {
        JsonNode status = json(client.get(layerPath + "/custom_exports/" + exportId));
        for (int poll = 1; status.get("status").asText().equals("in_progress"); poll++) {
            assertThat(poll).isLessThanOrEqualTo(FeltSimulator.DEFAULT_POLLS_UNTIL_COMPLETE);
            status = json(client.get(layerPath + "/custom_exports/" + exportId));
        }
        return status;
    }

    private static List<String> featureNames(JsonNode featureCollection) {
        return StreamSupport.stream(featureCollection.get("features").spliterator(), false)
                .map(feature -> feature.at("/properties/name").asText())
                .toList();
    }
}
