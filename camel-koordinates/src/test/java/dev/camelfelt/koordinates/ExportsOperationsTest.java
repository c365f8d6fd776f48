package dev.camelfelt.koordinates;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.camelfelt.engine.testing.ThreadNotingJobStore;
import dev.camelfelt.koordinates.export.KoordinatesExportDriver;
import dev.camelfelt.koordinates.model.Export;
import dev.camelfelt.koordinates.model.ExportFormat;
import dev.camelfelt.koordinates.model.ExportState;
import dev.camelfelt.koordinates.model.ExportValidation;
import dev.camelfelt.koordinates.simulator.CreateAnswer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.http.RequestMethod.DELETE;
import static com.github.tomakehurst.wiremock.http.RequestMethod.GET;
import static com.github.tomakehurst.wiremock.http.RequestMethod.OPTIONS;
import static com.github.tomakehurst.wiremock.http.RequestMethod.POST;
import static org.assertj.core.api.Assertions.assertThat;

/** Each exports/... operation against the simulator, with the exact requests it sent. */
class ExportsOperationsTest extends KoordinatesTestSupport {

    private static final String AIRPORTS_AS_SHP = "items=50772&crs=EPSG:2193&format=shp";

    private String expectedCreateBody() {
        return "{\"items\": [{\"item\": \"" + itemUrl(50772) + "\"}], \"crs\": \"EPSG:2193\","
               + " \"formats\": {\"vector\": \"application/x-zipped-shp\", \"table\": \"application/x-zipped-shp\"}}";
    }

    @Test
    void createAnswersTheNewExportFromTheBody() throws Exception {
        Message reply = reply(call("koordinates:exports/create?" + AIRPORTS_AS_SHP));

        Export export = reply.getBody(Export.class);
        assertThat(export.state()).isEqualTo(ExportState.PROCESSING);
        assertThat(export.progress()).isEqualTo(0.0);
        assertThat(export.name()).isEqualTo("kx-nz-airports-SHP");
        assertThat(reply.getHeader(KoordinatesConstants.EXPORT_ID)).isEqualTo(export.id());
        assertThat(reply.getHeader(KoordinatesConstants.EXPORT_STATE)).isEqualTo("processing");
        assertThat(reply.getHeader(KoordinatesConstants.HTTP_STATUS)).isEqualTo(201);
        assertRequests(jsonRequest(POST, "/exports/", expectedCreateBody()));
    }

    @Test
    void createHandsTheExportToTheTrackerOnACallbackThreadNeverOnTheIoThreadThatReadTheAnswer() throws Exception {
        ThreadNotingJobStore store = new ThreadNotingJobStore();
        context.getRegistry().bind("threadNoting", store);

        Export export = reply(call("koordinates:exports/create?jobStore=#threadNoting&" + AIRPORTS_AS_SHP))
                .getBody(Export.class);

        // Camel names its threads "Camel (context) thread #n - KoordinatesCallback"; the I/O threads are KoordinatesHttpIO
        assertThat(store.addedOn()).singleElement().asString().endsWith(" - KoordinatesCallback");
        assertThat(store.pending(KoordinatesExportDriver.JOB_TYPE)).singleElement()
                .satisfies(record -> assertThat(record.job().id()).isEqualTo(String.valueOf(export.id())));
    }

    @Test
    void createReadsTheExportFromLocationWhenTheAnswerIsEmpty() throws Exception {
        simulator().setCreateAnswer(CreateAnswer.LOCATION_ONLY);

        Message reply = reply(call("koordinates:exports/create?" + AIRPORTS_AS_SHP));

        Export export = reply.getBody(Export.class);
        assertThat(export.id()).isEqualTo(simulator().exports().get(0).id());
        assertThat(export.state()).isEqualTo(ExportState.PROCESSING);
        assertThat(reply.getHeader(KoordinatesConstants.HTTP_STATUS)).isEqualTo(202);
        assertRequests(jsonRequest(POST, "/exports/", expectedCreateBody()),
                apiRequest(GET, "/exports/" + export.id() + "/"));
    }

    @Test
    void createSendsAGivenRequestBodyInsteadOfTheOptions() throws Exception {
        String body = "{\"items\": [{\"item\": \"" + itemUrl(50772) + "\", \"color\": \"#003399\"}],"
                      + " \"formats\": {\"vector\": \"application/vnd.google-earth.kml+xml\"}, \"name\": \"kml please\"}";

        Message reply = reply(call("koordinates:exports/create?" + AIRPORTS_AS_SHP, body, Map.of()));

        assertThat(reply.getBody(Export.class).name()).isEqualTo("kx-kml-please");
        assertRequests(jsonRequest(POST, "/exports/", body));
    }

    @Test
    void getReadsTheExportOfTheHeaderOverTheOption() throws Exception {
        long id = createExport();
        simulator().wireMock().resetRequests();

        Message reply = reply(call("koordinates:exports/get?exportId=999", null,
                Map.of(KoordinatesConstants.EXPORT_ID, id)));

        assertThat(reply.getBody(Export.class).id()).isEqualTo(id);
        assertThat(reply.getHeader(KoordinatesConstants.EXPORT_PROGRESS)).isEqualTo(0.33);
        assertRequests(apiRequest(GET, "/exports/" + id + "/"));
    }

    @Test
    void aSynchronousEndpointGoesOnWithTheRouteOnTheCallersThread() throws Exception {
        long id = createExport();
        simulator().wireMock().resetRequests();
        AtomicReference<String> thread = new AtomicReference<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:koordinates").to("koordinates:exports/get?synchronous=true&exportId=" + id)
                        .process(exchange -> thread.set(Thread.currentThread().getName())).to("mock:result");
            }
        });

        Message reply = reply(send(null, Map.of()));

        assertThat(reply.getBody(Export.class).id()).isEqualTo(id);
        assertThat(thread.get()).isEqualTo(Thread.currentThread().getName());
        assertRequests(apiRequest(GET, "/exports/" + id + "/"));
    }

    @Test
    void listReadsEveryPage() throws Exception {
        for (int i = 0; i < 25; i++) {
            createExport();
        }
        simulator().wireMock().resetRequests();

        Message reply = reply(call("koordinates:exports/list"));

        List<?> exports = reply.getBody(List.class);
        assertThat(exports).hasSize(25).allMatch(Export.class::isInstance);
        assertThat(exports.stream().map(export -> ((Export) export).id()).distinct()).hasSize(25);
        assertRequests(apiRequest(GET, "/exports/"), apiRequest(GET, "/exports/?page=2"),
                apiRequest(GET, "/exports/?page=3"));
    }

    @Test
    void validateSetsValidForAnExportTheServerAccepts() throws Exception {
        Message reply = reply(call("koordinates:exports/validate?" + AIRPORTS_AS_SHP + "&extent=2/442"));

        assertThat(reply.getHeader(KoordinatesConstants.VALID)).isEqualTo(true);
        assertThat(reply.getBody(ExportValidation.class).items()).hasSize(1);
        assertThat(simulator().exports()).isEmpty();
        String canterbury = simulator().apiUrl() + "exports/croplayers/2/cropfeatures/442/";
        assertRequests(jsonRequest(POST, "/exports/validate/", expectedCreateBody().replace("}}",
                "}, \"extent\": \"" + canterbury + "\"}")));
    }

    @Test
    void validateReportsAnExtentThatMissesTheLayer() throws Exception {
        Message reply = reply(call("koordinates:exports/validate?items=50804&crs=EPSG:2193&format=gpkg&extent=2/443"));

        ExportValidation validation = reply.getBody(ExportValidation.class);
        assertThat(reply.getHeader(KoordinatesConstants.VALID)).isEqualTo(false);
        assertThat(validation.invalidReasons()).isEmpty();
        assertThat(validation.invalidItems()).singleElement()
                .satisfies(item -> assertThat(item.invalidReasons()).containsExactly("outside-extent"));
    }

    @Test
    void cancelCancelsAProcessingExportWith202() throws Exception {
        long id = createExport();
        simulator().wireMock().resetRequests();

        Message reply = reply(call("koordinates:exports/cancel?exportId=" + id));

        assertThat(reply.getBody(Export.class).state()).isEqualTo(ExportState.CANCELLED);
        assertThat(reply.getHeader(KoordinatesConstants.HTTP_STATUS)).isEqualTo(202);
        assertThat(reply.getHeader(KoordinatesConstants.EXPORT_STATE)).isEqualTo("cancelled");
        assertRequests(apiRequest(DELETE, "/exports/" + id + "/"));
    }

    @Test
    void cancellingAnExportThatCannotBeCancelledIsATypedConflict() throws Exception {
        long id = createExport();
        simulator().wireMock().resetRequests();
        route("koordinates:exports/cancel?exportId=" + id);
        send(null, Map.of());
        getMockEndpoint("mock:result").reset();

        Exchange second = send(null, Map.of());

        KoordinatesCancelConflictException conflict = failure(second, KoordinatesCancelConflictException.class);
        assertThat(conflict.getExportId()).isEqualTo(id);
        assertThat(conflict.getStatusCode()).isEqualTo(409);
        assertThat(conflict.getMessage()).isEqualTo("DELETE " + API + "/exports/" + id + "/ failed with HTTP 409:"
                                                    + " {\"errors\":[\"Can't cancel\"]}");
        assertRequests(apiRequest(DELETE, "/exports/" + id + "/"), apiRequest(DELETE, "/exports/" + id + "/"));
    }

    @Test
    void formatsListsEachKindsFormatsAsServed() throws Exception {
        Message reply = reply(call("koordinates:exports/formats"));

        @SuppressWarnings("unchecked")
        Map<String, List<ExportFormat>> formats = reply.getBody(Map.class);
        assertThat(formats).containsOnlyKeys("vector", "raster", "grid", "rat", "table");
        assertThat(formats.get("vector")).contains(new ExportFormat("applicaton/x-ogc-filegdb", "File Geodatabase"),
                new ExportFormat("application/x-ogc-gpkg", "GeoPackage"));
        assertRequests(apiRequest(OPTIONS, "/exports/"));
        assertThat(apiRequests().get(0).getBody()).isEmpty();
    }

    @Test
    void anUnknownExportFailsWithTheCallAndStatus() throws Exception {
        KoordinatesApiException notFound = failure(call("koordinates:exports/get?exportId=4242"),
                KoordinatesApiException.class);

        assertThat(notFound.getStatusCode()).isEqualTo(404);
        assertThat(notFound.getMessage()).isEqualTo("GET " + API + "/exports/4242/ failed with HTTP 404:"
                                                    + " {\"error\":\"Not found.\"}");
    }

    private long createExport() {
        Export export = template.requestBody("koordinates:exports/create?" + AIRPORTS_AS_SHP, null, Export.class);
        return export.id();
    }
}
