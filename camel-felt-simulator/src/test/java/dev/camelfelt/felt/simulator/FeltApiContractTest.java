package dev.camelfelt.felt.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks the contract listener on a plain WireMock server, as a consumer's own tests would use it. */
class FeltApiContractTest {

    private static final String LAYER = "{\"id\":\"L1\",\"type\":\"layer\",\"name\":\"Parks\",\"caption\":null,"
            + "\"status\":\"completed\",\"progress\":100.0,\"hide_from_legend\":false,\"geometry_type\":\"Point\","
            + "\"style\":{},\"refresh_period\":\"disabled\",\"refresh_status\":\"disabled\"}";
    private static final String MAP = "{\"id\":\"M1\",\"type\":\"map\",\"url\":\"https://felt.com/map/M1\",\"title\":\"Parks\","
            + "\"thumbnail_url\":null,\"created_at\":\"2025-01-01T00:00:00Z\",\"visited_at\":null,\"layers\":[" + LAYER + "],"
            + "\"layer_groups\":[],\"element_groups\":[],\"project_id\":\"P1\",\"public_access\":\"view_only\","
            + "\"elements\":{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-122.4,37.8]},\"properties\":{\"name\":\"Pin\"}}]}}";
    private static final String EXPORT_STARTED = "{\"export_request_id\":\"E1\",\"poll_endpoint\":\"https://felt.com/x\"}";

    private static final FeltApiContract.Listener LISTENER = new FeltApiContract.Listener();
    private static final WireMockServer SERVER =
            new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(LISTENER));

    private FeltTestClient client;

    @BeforeAll
    static void startServer() {
        SERVER.start();
    }

    @AfterAll
    static void stopServer() {
        SERVER.stop();
    }

    @BeforeEach
    void setUp() {
        SERVER.resetAll();
        LISTENER.clear();
        client = new FeltTestClient(SERVER.baseUrl(), "Bearer any-token");
    }

    @Test
    void acceptsAConformingExchangeWithCustomFormatsAndOpenGeometries() {
        SERVER.stubFor(get(urlPathEqualTo("/api/v2/maps/M1")).willReturn(okJson(MAP)));

        assertThat(client.get("/api/v2/maps/M1").statusCode()).isEqualTo(200);

        assertThat(LISTENER.violations()).isEmpty();
        LISTENER.assertNoViolations();
    }

    @Test
    void flagsAMapMissingRequiredFields() {
        SERVER.stubFor(get(urlPathEqualTo("/api/v2/maps/M1")).willReturn(okJson("{\"id\":\"M1\",\"type\":\"map\",\"title\":\"Parks\"}")));

        client.get("/api/v2/maps/M1");

        assertThat(LISTENER.violations()).singleElement().asString()
                .startsWith("GET /api/v2/maps/M1 -> 200: Object has missing required properties")
                .contains("\"created_at\"", "\"layers\"", "\"project_id\"")
                .endsWith("[validation.response.body.schema.required]");
        assertThatThrownBy(LISTENER::assertNoViolations)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("1 Felt API contract violation(s)")
                .hasMessageContaining("missing required properties");
    }

    @Test
    void flagsAPropertyWhereTheSpecForbidsExtraOnes() {
        SERVER.stubFor(get(urlPathEqualTo("/api/v2/maps/M1")).willReturn(okJson(MAP.replace("{\"id\":\"M1\",", "{\"id\":\"M1\",\"owner\":\"me\","))));

        client.get("/api/v2/maps/M1");

        assertThat(LISTENER.violations()).singleElement().asString()
                .contains("not allowed by the schema: [\"owner\"]", "[validation.response.body.schema.additionalProperties]");
    }

    @Test
    void flagsAnInvalidEnumInARequestTheServerAccepted() {
        SERVER.stubFor(post(urlPathEqualTo("/api/v2/maps/M1/layers/L1/custom_export")).willReturn(okJson(EXPORT_STARTED)));

        client.post("/api/v2/maps/M1/layers/L1/custom_export", "{\"output_format\":\"shapefile\"}");

        assertThat(LISTENER.violations()).singleElement().asString()
                .contains("Instance value (\"shapefile\") not found in enum", "[validation.request.body.schema.enum]");
    }

    @Test
    void flagsAMissingTokenOnARequestTheServerAccepted() {
        SERVER.stubFor(get(urlPathEqualTo("/api/v2/library"))
                .willReturn(okJson("{\"type\":\"layer_library\",\"layers\":[],\"layer_groups\":[]}")));

        client.withAuthorization(null).get("/api/v2/library");
        client.withAuthorization("Token abc").get("/api/v2/library");

        assertThat(LISTENER.violations()).hasSize(2);
        assertThat(LISTENER.violations().get(0)).endsWith("[validation.request.security.missing]");
        assertThat(LISTENER.violations().get(1)).endsWith("[validation.request.security.invalid]");
    }

    @Test
    void doesNotCountAnInvalidRequestTheServerRejected() {
        SERVER.stubFor(post(urlPathEqualTo("/api/v2/maps/M1/layers/L1/custom_export")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"title\":\"Invalid value\",\"detail\":\"bad\",\"source\":{\"pointer\":\"/output_format\"}}]}")));

        client.post("/api/v2/maps/M1/layers/L1/custom_export", "{\"output_format\":\"shapefile\"}");

        assertThat(LISTENER.violations()).isEmpty();
    }

    @Test
    void flagsAnErrorBodyOfTheWrongShape() {
        SERVER.stubFor(post(urlPathEqualTo("/api/v2/maps/M1/move")).willReturn(aResponse().withStatus(422)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"title\":\"Invalid value\",\"detail\":\"bad\",\"source\":{}}]}")));

        client.post("/api/v2/maps/M1/move", "{}");

        assertThat(LISTENER.violations()).singleElement().asString()
                .contains("[Path '/errors/0/source'] Object has missing required properties ([\"pointer\"])");
    }

    @Test
    void checksTheRequestButNoResponseWhenTheStubBreaksTheConnection() {
        SERVER.stubFor(post(urlPathEqualTo("/api/v2/maps/M1/layers/L1/custom_export"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client.post("/api/v2/maps/M1/layers/L1/custom_export", "{\"output_format\":\"csv\"}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(LISTENER.violations()).isEmpty();

        assertThatThrownBy(() -> client.post("/api/v2/maps/M1/layers/L1/custom_export", "{\"output_format\":\"shp\"}"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(LISTENER.violations()).singleElement().asString().contains("output_format");
    }

    @Test
    void flagsAPathTheSpecDoesNotHave() {
        client.get("/api/v2/maps/M1/comments");

        assertThat(LISTENER.violations()).isNotEmpty()
                .allSatisfy(violation -> assertThat(violation).startsWith("GET /api/v2/maps/M1/comments -> 404: "))
                .anySatisfy(violation -> assertThat(violation).endsWith("[validation.request.path.missing]"));
    }

    @Test
    void skipsPathsOutsideTheApi() {
        SERVER.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody("zip bytes")));

        client.download(SERVER.baseUrl() + "/downloads/E1/Felt-Export.zip", null);

        assertThat(LISTENER.violations()).isEmpty();
        assertThat(FeltApiContract.load().violations(SERVER.getAllServeEvents().get(0))).isEmpty();
    }

    @Test
    void checksRecordedServeEventsDirectly() {
        SERVER.stubFor(get(urlPathEqualTo("/api/v2/maps/M1")).willReturn(okJson("{}")));
        client.get("/api/v2/maps/M1");
        LISTENER.clear();

        assertThat(FeltApiContract.load().violations(SERVER.getAllServeEvents().get(0)))
                .singleElement().asString().contains("missing required properties");
    }
}
