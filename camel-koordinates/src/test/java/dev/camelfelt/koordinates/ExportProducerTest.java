package dev.camelfelt.koordinates;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.camelfelt.engine.job.JobWaiter;
import dev.camelfelt.engine.testing.LogCapture;
import dev.camelfelt.koordinates.export.KoordinatesExportCancelledException;
import dev.camelfelt.koordinates.export.KoordinatesExportFailedException;
import dev.camelfelt.koordinates.export.KoordinatesExportGoneException;
import dev.camelfelt.koordinates.export.KoordinatesExportTimeoutException;
import dev.camelfelt.koordinates.model.Export;
import dev.camelfelt.koordinates.simulator.SimulatedExport;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** koordinates:export: validate, create, wait on the job engine, download; and each way it can end otherwise. */
class ExportProducerTest extends KoordinatesTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FAST = "&waitInitialDelay=5&waitDelay=5&waitBackoffMultiplier=1";
    private static final String AIRPORTS_IN_CANTERBURY = "items=50772&crs=EPSG:2193&format=shp&extent=2/442";

    @TempDir
    Path downloads;

    @Test
    void validatesCreatesWaitsAndDownloadsFollowingTheRedirectWithoutTheKey() throws Exception {
        Message reply = reply(call("koordinates:export?" + AIRPORTS_IN_CANTERBURY + FAST + "&downloadDirectory="
                                   + downloads));

        File file = reply.getBody(File.class);
        long id = reply.getHeader(KoordinatesConstants.EXPORT_ID, Long.class);
        assertThat(file.toPath()).isEqualTo(downloads.resolve("kx-nz-airports-SHP.zip"));
        assertThat(reply.getHeader(Exchange.FILE_NAME)).isEqualTo("kx-nz-airports-SHP.zip");
        assertThat(reply.getHeader(KoordinatesConstants.EXPORT_STATE)).isEqualTo("complete");
        assertThat(reply.getHeader(KoordinatesConstants.EXPORT_PROGRESS)).isEqualTo(1.0);
        JsonNode geoJson = JSON.readTree(entry(file, "nz-airports.geojson"));
        assertThat(geoJson.path("features").findValuesAsText("name")).containsExactly("Christchurch", "Hokitika");

        String canterbury = simulator().apiUrl() + "exports/croplayers/2/cropfeatures/442/";
        String request = "{\"items\": [{\"item\": \"" + itemUrl(50772) + "\"}], \"crs\": \"EPSG:2193\", \"formats\":"
                         + " {\"vector\": \"application/x-zipped-shp\", \"table\": \"application/x-zipped-shp\"},"
                         + " \"extent\": \"" + canterbury + "\"}";
        assertRequests(jsonRequest(POST, "/exports/validate/", request), jsonRequest(POST, "/exports/", request),
                apiRequest(GET, "/exports/" + id + "/"), apiRequest(GET, "/exports/" + id + "/"),
                apiRequest(GET, "/exports/" + id + "/"), apiRequest(GET, "/exports/" + id + "/download/"));
        List<LoggedRequest> stored = simulator().storage().findAll(getRequestedFor(urlPathMatching("/exports/.*")));
        assertThat(stored).singleElement().satisfies(download -> {
            assertThat(download.getUrl()).endsWith("/kx-nz-airports-SHP.zip");
            assertThat(download.containsHeader("Authorization")).isFalse();
        });
        assertThat(simulator().downloadsServed()).isEqualTo(1);
    }

    @Test
    void progressIsLoggedAsItChanges() throws Exception {
        try (LogCapture log = LogCapture.start(JobWaiter.class.getName())) {
            Message reply = reply(call("koordinates:export?" + AIRPORTS_IN_CANTERBURY + FAST));

            long id = reply.getHeader(KoordinatesConstants.EXPORT_ID, Long.class);
            assertThat(log.events()).filteredOn(event -> event.startsWith("INFO")).extracting(event -> event
                    .replaceAll(" after \\d+ ms", "").strip()).containsExactly(
                    "INFO " + JobWaiter.class.getName() + " - koordinates-export " + id + " (site " + simulator().apiUrl()
                    .replaceAll("/$", "") + ") is processing (33%)",
                    "INFO " + JobWaiter.class.getName() + " - koordinates-export " + id + " (site " + simulator().apiUrl()
                    .replaceAll("/$", "") + ") is processing (67%)",
                    "INFO " + JobWaiter.class.getName() + " - koordinates-export " + id + " (site " + simulator().apiUrl()
                    .replaceAll("/$", "") + ") is complete (100%)");
        }
    }

    @Test
    void aDownloadThatBreaksOffIsStartedAgainFromTheBeginning() throws Exception {
        simulator().storage().stubFor(get(urlPathMatching("/exports/.*")).atPriority(1).inScenario("broken")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("broken once")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Length", "100000")
                        .withBody("PK, and then the connection drops")));

        Message reply = reply(call("koordinates:export?" + AIRPORTS_IN_CANTERBURY + FAST + "&downloadDirectory="
                                   + downloads));

        assertThat(entry(reply.getBody(File.class), "nz-airports.geojson")).contains("Hokitika");
        assertThat(simulator().storage().findAll(getRequestedFor(urlPathMatching("/exports/.*")))).hasSize(2);
        assertThat(simulator().downloadsServed()).isEqualTo(1);
    }

    @Test
    void anExpiredStorageUrlIsAskedForAgainOnce() throws Exception {
        simulator().storage().stubFor(get(urlPathMatching("/exports/.*")).atPriority(1).inScenario("expired")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("expired once")
                .willReturn(aResponse().withStatus(403).withBody("<Error><Code>AccessDenied</Code></Error>")));

        Message reply = reply(call("koordinates:export?" + AIRPORTS_IN_CANTERBURY + FAST + "&downloadDirectory="
                                   + downloads));

        long id = reply.getHeader(KoordinatesConstants.EXPORT_ID, Long.class);
        assertThat(reply.getBody(File.class)).exists();
        simulator().wireMock().verify(2, apiRequest(GET, "/exports/" + id + "/download/"));
        List<LoggedRequest> stored = simulator().storage().findAll(getRequestedFor(urlPathMatching("/exports/.*")));
        assertThat(stored).hasSize(2);
        assertThat(stored.get(0).getUrl()).isNotEqualTo(stored.get(1).getUrl());
    }

    @Test
    void unzipMakesTheDataFileTheBodyNamedAfterTheExport() throws Exception {
        Message reply = reply(call("koordinates:export?" + AIRPORTS_IN_CANTERBURY + FAST + "&unzip=true"
                                   + "&downloadDirectory=" + downloads));

        File file = reply.getBody(File.class);
        assertThat(file.getName()).isEqualTo("kx-nz-airports-SHP-nz-airports.geojson");
        assertThat(JSON.readTree(file).path("features")).hasSize(2);
        assertThat(downloads.resolve("kx-nz-airports-SHP.zip")).doesNotExist();
    }

    @Test
    void twoExportsOfOneNameNeverOverwriteEachOther() throws Exception {
        route("koordinates:export?items=50772&format=kml&name=airports" + FAST + "&downloadDirectory=" + downloads);

        File first = reply(send(null, Map.of())).getBody(File.class);
        getMockEndpoint("mock:result").reset();
        File second = reply(send(null, Map.of())).getBody(File.class);

        assertThat(first.getName()).isEqualTo("kx-airports.zip");
        assertThat(second.getName()).isEqualTo("kx-airports-2.zip");
        assertThat(first).exists();
        assertThat(second).exists();
    }

    @Test
    void anInvalidItemFailsBeforeAnExportExistsNamingTheItemAndItsReasons() throws Exception {
        Exchange exchange = call("koordinates:export?items=50804,50772&crs=EPSG:2193&format=gpkg&extent=2/443" + FAST);

        KoordinatesInvalidExportException invalid = failure(exchange, KoordinatesInvalidExportException.class);
        assertThat(invalid.getMessage()).isEqualTo("Koordinates refused the export request; invalid items: "
                                                   + itemUrl(50804) + " (outside-extent)");
        assertThat(invalid.getValidation().invalidItems()).hasSize(1);
        assertThat(apiRequests()).singleElement()
                .satisfies(request -> assertThat(request.getUrl()).isEqualTo(API + "/exports/validate/"));
        assertThat(simulator().exports()).isEmpty();
    }

    @Test
    void anExtentOfMoreThan1000VerticesIsRejectedBeforeAnyCall() throws Exception {
        Map<String, Object> request = Map.of("items", List.of(Map.of("item", itemUrl(50772))),
                "crs", "EPSG:2193", "formats", Map.of("vector", "application/x-ogc-gpkg"),
                "extent", polygon(1001));

        Exchange exchange = call("koordinates:export" + FAST.replaceFirst("&", "?"), request, Map.of());

        IllegalArgumentException rejected = failure(exchange, IllegalArgumentException.class);
        assertThat(rejected.getMessage()).isEqualTo("The extent of the message body has 1001 vertices; Koordinates"
                                                    + " accepts at most 1000. Simplify the polygon first.");
        assertThat(apiRequests()).isEmpty();
    }

    @Test
    void anExtentOf1000VerticesIsSent() throws Exception {
        Map<String, Object> request = Map.of("items", List.of(Map.of("item", itemUrl(50772))),
                "crs", "EPSG:2193", "formats", Map.of("vector", "application/x-ogc-gpkg"),
                "extent", polygon(1000));

        Message reply = reply(call("koordinates:exports/validate", request, Map.of()));

        assertThat(reply.getHeader(KoordinatesConstants.VALID)).isEqualTo(true);
    }

    @Test
    void anExportThatEndsInErrorFailsWithItsId() throws Exception {
        simulator().failExportsOfLayer(50772);

        Exchange exchange = call("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg" + FAST);

        KoordinatesExportFailedException failed = failure(exchange, KoordinatesExportFailedException.class);
        long id = simulator().exports().get(0).id();
        assertThat(failed.getExportId()).isEqualTo(id);
        assertThat(failed.getMessage()).isEqualTo("Koordinates export " + id + " (kx-nz-airports-GPKG) ended in"
                                                  + " state error");
    }

    @Test
    void anExportCancelledWhileWaitedForFailsWithItsId() throws Exception {
        route("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg&waitInitialDelay=1000&waitDelay=1000");

        var pending = template.asyncSend("direct:koordinates", exchange -> { });
        await().until(() -> !simulator().exports().isEmpty());
        long id = simulator().exports().get(0).id();
        template.sendBodyAndHeader("koordinates:exports/cancel", null, KoordinatesConstants.EXPORT_ID, id);

        KoordinatesExportCancelledException cancelled = failure(pending.get(),
                KoordinatesExportCancelledException.class);
        assertThat(cancelled.getExportId()).isEqualTo(id);
        assertThat(cancelled.getMessage()).isEqualTo("Koordinates export " + id + " (kx-nz-airports-GPKG) was cancelled");
    }

    @Test
    void anExportGoneBeforeItsDownloadFailsWithItsId() throws Exception {
        simulator().wireMock().stubFor(get(urlPathMatching(API + "/exports/\\d+/download/")).atPriority(1)
                .willReturn(aResponse().withStatus(410).withBody("{\"error\": \"The export has expired.\"}")));

        Exchange exchange = call("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg" + FAST);

        KoordinatesExportGoneException gone = failure(exchange, KoordinatesExportGoneException.class);
        long id = simulator().exports().get(0).id();
        assertThat(gone.getExportId()).isEqualTo(id);
        assertThat(gone.getMessage()).startsWith("Koordinates export " + id + " cannot be downloaded any more: GET "
                                                 + API + "/exports/" + id + "/download/ failed with HTTP 410");
    }

    @Test
    void anExportAPollFindsGoneFailsWithItsId() throws Exception {
        stubEveryPoll("gone");

        Exchange exchange = call("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg" + FAST);

        KoordinatesExportGoneException gone = failure(exchange, KoordinatesExportGoneException.class);
        assertThat(gone.getExportId()).isEqualTo(simulator().exports().get(0).id());
        assertThat(gone.getMessage()).endsWith("is gone: it expired or was removed before it was downloaded");
    }

    @Test
    void aWaitThatTimesOutFailsWithTheExportIdAndLeavesTheExport() throws Exception {
        stubEveryPoll("processing");

        Exchange exchange = call("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg" + FAST, null,
                Map.of(KoordinatesConstants.WAIT_TIMEOUT, Duration.ofMillis(100)));

        KoordinatesExportTimeoutException timeout = failure(exchange, KoordinatesExportTimeoutException.class);
        SimulatedExport export = simulator().exports().get(0);
        assertThat(timeout.getExportId()).isEqualTo(export.id());
        assertThat(timeout.isCancelled()).isFalse();
        assertThat(timeout.getMessage()).startsWith("Koordinates export " + export.id() + " was still processing after");
        assertThat(export.state()).isEqualTo("processing");
        assertThat(apiRequests()).noneMatch(request -> request.getMethod().getName().equals("DELETE"));
    }

    @Test
    void cancelOnTimeoutCancelsTheExportFirst() throws Exception {
        stubEveryPoll("processing");

        Exchange exchange = call("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg&cancelOnTimeout=true"
                                 + "&waitTimeout=100ms" + FAST);

        KoordinatesExportTimeoutException timeout = failure(exchange, KoordinatesExportTimeoutException.class);
        SimulatedExport export = simulator().exports().get(0);
        assertThat(timeout.isCancelled()).isTrue();
        assertThat(timeout.getMessage()).endsWith("; it has been cancelled");
        assertThat(export.state()).isEqualTo("cancelled");
        simulator().wireMock().verify(1, apiRequest(DELETE, "/exports/" + export.id() + "/"));
    }

    @Test
    void withoutWaitingTheExportIsReturnedAndTracked() throws Exception {
        Message reply = reply(call("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg&waitForCompletion=false"));

        Export export = reply.getBody(Export.class);
        assertThat(export.state().value()).isEqualTo("processing");
        KoordinatesEndpoint endpoint = context.getEndpoint("koordinates:export?items=50772&crs=EPSG:2193&format=gpkg"
                                                           + "&waitForCompletion=false", KoordinatesEndpoint.class);
        assertThat(endpoint.jobStore().pending("koordinates-export")).singleElement()
                .satisfies(record -> assertThat(record.job().id()).isEqualTo(String.valueOf(export.id())));
    }

    /** Makes every poll of an export answer the given state, as the simulator would render it. */
    private static void stubEveryPoll(String state) {
        simulator().wireMock().stubFor(get(urlPathMatching(API + "/exports/\\d+/")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\": 101, \"name\": \"kx-nz-airports-GPKG\", \"state\": \"" + state + "\","
                                  + " \"download_url\": null, \"progress\": 0.5}")));
    }

    private static Map<String, Object> polygon(int vertices) {
        List<List<Double>> ring = new ArrayList<>();
        for (int i = 0; i < vertices - 1; i++) {
            double angle = 2 * Math.PI * i / (vertices - 1);
            ring.add(List.of(172 + Math.cos(angle), -43 + Math.sin(angle)));
        }
        ring.add(ring.get(0));
        return Map.of("type", "Polygon", "coordinates", List.of(ring));
    }

    private static String entry(File zip, String name) throws IOException {
        try (ZipFile archive = new ZipFile(zip)) {
            return new String(archive.getInputStream(archive.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
