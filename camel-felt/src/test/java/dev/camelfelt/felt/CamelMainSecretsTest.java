package dev.camelfelt.felt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.camelfelt.engine.testing.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Camel Main application prints its configuration summary, its placeholders and its route dump without the Felt
 * token, however the token is given: in application.properties, as a JVM system property, through a placeholder or
 * in an endpoint URI. The log is captured at INFO for every logger, as Camel Main runs by default, and at DEBUG for
 * the component's own loggers.
 */
class CamelMainSecretsTest {

    private static final String PROPERTIES_TOKEN = "felt_pat_Pr0pFileQ7xKm2Vb9Nc4Zr8Wk";
    private static final String SYSTEM_TOKEN = "felt_pat_SysPropT3kLw8Xc5Mb1Qz7Rn";
    private static final String PLACEHOLDER_TOKEN = "felt_pat_Pl4c3h0ldrB5nW2Xq8Lm6Tz";
    private static final String URI_TOKEN = "felt_pat_Ur1Qu3ryH6pNs4Gd2Kf9Vx";
    private static final String SYSTEM_PROPERTY = "camel.component.felt.apiToken";

    private static WireMockServer felt;

    @TempDir
    Path directory;

    private LogCapture logs;
    private Main main;

    @BeforeAll
    static void startFelt() {
        felt = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        felt.start();
        felt.stubFor(get(urlEqualTo("/api/v2/maps/" + MAP_ID)).willReturn(okJson(FeltJson.map(MAP_ID, "Wildfires"))));
    }

    @AfterAll
    static void stopFelt() {
        felt.stop();
    }

    @BeforeEach
    void captureEverything() {
        logs = LogCapture.startWithEverything("dev.camelfelt");
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        System.clearProperty(SYSTEM_PROPERTY);
        logs.close();
    }

    @Test
    void theTokenInApplicationPropertiesIsMasked() throws Exception {
        CamelContext camel = startMain("yaml", List.of("camel.component.felt.apiToken = " + PROPERTIES_TOKEN));

        getMap(camel, "direct:component-token");

        felt.verify(getRequestedFor(urlEqualTo("/api/v2/maps/" + MAP_ID))
                .withHeader("Authorization", equalTo("Bearer " + PROPERTIES_TOKEN)));
        assertThat(logs.events()).anyMatch(event -> event.contains(
                "[application.properties]       camel.component.felt.apiToken = xxxxxx"));
        assertTokensAppearNowhere("Dumping 3 routes as YAML",
                "uri: felt:maps/get?mapId=" + MAP_ID + "&apiToken=xxxxxx");
    }

    @Test
    void theTokenInASystemPropertyIsMasked() throws Exception {
        System.setProperty(SYSTEM_PROPERTY, SYSTEM_TOKEN);
        CamelContext camel = startMain("xml", List.of());

        getMap(camel, "direct:component-token");

        felt.verify(getRequestedFor(urlEqualTo("/api/v2/maps/" + MAP_ID))
                .withHeader("Authorization", equalTo("Bearer " + SYSTEM_TOKEN)));
        assertThat(logs.events()).anyMatch(event -> event.contains(
                "[JVM System Property]          camel.component.felt.apiToken = xxxxxx"));
        assertTokensAppearNowhere("Dumping 3 routes as XML",
                "<to uri=\"felt:maps/get?mapId=" + MAP_ID + "&amp;apiToken=xxxxxx\"/>");
    }

    @Test
    void theTokenInAPlaceholderOrTheUriIsMasked() throws Exception {
        CamelContext camel = startMain("yaml", List.of("camel.component.felt.apiToken = {{felt.apiToken}}",
                "camel.main.dumpRoutesUriAsParameters = true"));

        getMap(camel, "direct:component-token");
        getMap(camel, "direct:uri-token");
        getMap(camel, "direct:placeholder-token");

        felt.verify(getRequestedFor(urlEqualTo("/api/v2/maps/" + MAP_ID))
                .withHeader("Authorization", equalTo("Bearer " + PLACEHOLDER_TOKEN)));
        felt.verify(getRequestedFor(urlEqualTo("/api/v2/maps/" + MAP_ID))
                .withHeader("Authorization", equalTo("Bearer " + URI_TOKEN)));
        assertThat(logs.events()).anyMatch(event -> event.contains("felt.apiToken = xxxxxx"));
        assertTokensAppearNowhere("Dumping 3 routes as YAML", "apiToken: xxxxxx");
    }

    private CamelContext startMain(String dumpFormat, List<String> extraProperties) throws Exception {
        Path properties = directory.resolve("application.properties");
        Files.write(properties, concat(List.of(
                "camel.main.name = secrets",
                "camel.main.dumpRoutes = " + dumpFormat,
                "felt.apiToken = " + PLACEHOLDER_TOKEN,
                "camel.main.dumpRoutesInclude = routes,rests,routeTemplates,beans",
                "camel.main.autoConfigurationLogSummary = true",
                "camel.component.felt.baseUrl = http://127.0.0.1:" + felt.port()), extraProperties));
        main = new Main();
        main.setDefaultPropertyPlaceholderLocation("file:" + properties);
        main.configure().addRoutesBuilder(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:component-token").routeId("component-token")
                        .to("felt:maps/get?mapId=" + MAP_ID);
                from("direct:uri-token").routeId("uri-token")
                        .to("felt:maps/get?mapId=" + MAP_ID + "&apiToken=" + URI_TOKEN);
                from("direct:placeholder-token").routeId("placeholder-token")
                        .to("felt:maps/get?mapId=" + MAP_ID + "&apiToken={{felt.apiToken}}");
            }
        });
        main.start();
        return main.getCamelContext();
    }

    private static void getMap(CamelContext camel, String uri) {
        assertThat(camel.createProducerTemplate().request(uri, exchange -> { }).getException()).isNull();
    }

    /** Stops Camel, then checks that the log holds the route dump, masked, and no token anywhere. */
    private void assertTokensAppearNowhere(String dumpTitle, String maskedUri) {
        main.stop();
        List<String> events = logs.events();
        // the capture saw the start-up summary and the route dump, so it would have seen the tokens
        assertThat(events).anyMatch(event -> event.contains("camel.component.felt.baseUrl = http://127.0.0.1:"));
        assertThat(events).anyMatch(event -> event.contains(dumpTitle));
        assertThat(events).anyMatch(event -> event.contains(maskedUri));
        assertThat(events).anyMatch(event -> event.contains("Stopped uri-token (direct://uri-token)"));
        for (String token : List.of(PROPERTIES_TOKEN, SYSTEM_TOKEN, PLACEHOLDER_TOKEN, URI_TOKEN)) {
            assertThat(events).noneMatch(event -> event.contains(token));
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
