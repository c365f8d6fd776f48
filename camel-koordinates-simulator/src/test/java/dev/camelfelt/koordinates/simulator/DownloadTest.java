package dev.camelfelt.koordinates.simulator;

import static dev.camelfelt.koordinates.simulator.ApiClient.json;
import static dev.camelfelt.koordinates.simulator.ApiClient.unzip;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DownloadTest {

    @RegisterExtension
    static KoordinatesSimulatorExtension koordinates = new KoordinatesSimulatorExtension(
            KoordinatesSimulator.builder().pollsUntilComplete(1));

    private KoordinatesSimulator simulator;
    private ApiClient client;

    @BeforeEach
    void setUp() {
        simulator = koordinates.simulator();
        client = new ApiClient(simulator);
    }

    @Test
    void aCompleteExportRedirectsToStorageThatServesTheCroppedRowsAsGeoJson() throws Exception {
        int id = completeExport(Requests.export(simulator, simulator.airportsLayer(),
                ", \"name\": \"Canterbury airports\", \"extent\": " + Requests.CANTERBURY));

        HttpResponse<byte[]> redirect = ApiClient.fetch(simulator.apiUrl() + "exports/" + id + "/download/",
                "key " + simulator.apiKey());

        assertThat(redirect.statusCode()).isEqualTo(302);
        URI storage = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(storage.toString()).startsWith(simulator.storageUrl() + "/exports/")
                .endsWith("/kx-canterbury-airports.zip");
        assertThat(storage.getPort()).isNotEqualTo(URI.create(simulator.baseUrl()).getPort());

        HttpResponse<byte[]> archive = ApiClient.fetch(storage.toString(), null);

        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(archive.headers().firstValueAsLong("Content-Length")).hasValue(archive.body().length);
        assertThat(archive.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=kx-canterbury-airports.zip");
        Map<String, String> files = unzip(archive.body());
        assertThat(files).containsOnlyKeys("nz-airports.geojson");
        JsonNode collection = ApiClient.MAPPER.readTree(files.get("nz-airports.geojson"));
        assertThat(collection.get("features")).hasSize(1);
        assertThat(collection.get("features").get(0).get("properties").get("name").asText()).isEqualTo("Hokitika");
        assertThat(simulator.downloadsServed()).isEqualTo(1);
    }

    @Test
    void storageRefusesAnAuthorizationHeader() {
        int id = completeExport(Requests.export(simulator, simulator.airportsLayer()));
        String storage = ApiClient.fetch(simulator.apiUrl() + "exports/" + id + "/download/",
                "key " + simulator.apiKey()).headers().firstValue("Location").orElseThrow();

        HttpResponse<byte[]> refused = ApiClient.fetch(storage, "key " + simulator.apiKey());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new String(refused.body())).contains("<Code>InvalidArgument</Code>");
        assertThat(simulator.downloadsServed()).isZero();
    }

    @Test
    void aTableAndCsvAreWrittenAsCsv() {
        String body = "{\"crs\": \"EPSG:4326\", \"formats\": {\"vector\": \"text/csv\", \"table\": \"text/csv\"},"
                + " \"items\": [{\"item\": \"" + simulator.itemUrl(simulator.airportsLayer()) + "\"}, {\"item\": \""
                + simulator.itemUrl(simulator.airportCodesTable()) + "\"}]}";
        int id = completeExport(body);
        String storage = ApiClient.fetch(simulator.apiUrl() + "exports/" + id + "/download/",
                "key " + simulator.apiKey()).headers().firstValue("Location").orElseThrow();

        Map<String, String> files = unzip(ApiClient.fetch(storage, null).body());

        assertThat(files).containsOnlyKeys("nz-airports.csv", "nz-airport-codes.csv");
        assertThat(files.get("nz-airports.csv")).startsWith("iata,name,lon,lat\r\nAKL,Auckland,174.785,-37.0082\r\n");
        assertThat(files.get("nz-airport-codes.csv").lines()).hasSize(4);
    }

    @Test
    void aProcessingExportCannotBeDownloaded() {
        simulator.setCreateAnswer(CreateAnswer.EXPORT_BODY);
        int id = json(client.post("exports/", Requests.export(simulator, simulator.airportsLayer()))).get("id").asInt();

        assertThat(client.get("exports/" + id + "/download/").statusCode()).isEqualTo(404);
    }

    @Test
    void storageForgetsAnArchiveOnceTheExportIsGone() {
        int id = completeExport(Requests.export(simulator, simulator.airportsLayer()));
        String storage = ApiClient.fetch(simulator.apiUrl() + "exports/" + id + "/download/",
                "key " + simulator.apiKey()).headers().firstValue("Location").orElseThrow();

        simulator.expire(id);

        assertThat(ApiClient.fetch(storage, null).statusCode()).isEqualTo(404);
    }

    private int completeExport(String body) {
        int id = json(client.post("exports/", body)).get("id").asInt();
        assertThat(json(client.get("exports/" + id + "/")).get("state").asText()).isEqualTo("complete");
        return id;
    }
}
