package dev.camelfelt.felt;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import dev.camelfelt.engine.testing.LogCapture;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ToDefinition;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.camelfelt.felt.FeltJson.MAP_ID;
import static dev.camelfelt.felt.FeltJson.errors;
import static org.assertj.core.api.Assertions.assertThat;

/** The API token given in an endpoint URI reaches Felt and nothing else: no log, message or printed URI. */
class SecretsTest extends FeltTestSupport {

    private static final String SECRET = "felt_pat_S3cr3tQx8Lm2Vb7Nc4Zr9Wk";
    private static final String MAP = "/api/v2/maps/" + MAP_ID;

    private static LogCapture logs;

    @BeforeAll
    static void captureLogs() {
        // from before the context starts, so that what Camel prints at startup is included
        logs = LogCapture.start("dev.camelfelt", "org.apache.camel");
    }

    @AfterAll
    static void stopCapturing() {
        logs.close();
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").routeId("get-map")
                        .to("felt:maps/get?mapId=" + MAP_ID + "&apiToken=" + SECRET)
                        .to("mock:result");
                from("direct:duplicate").routeId("duplicate-map")
                        .to("felt:maps/duplicate?mapId=" + MAP_ID + "&title=Copy&apiToken=" + SECRET)
                        .to("mock:result");
            }
        };
    }

    @Test
    void theTokenIsSentToFeltButNeitherLoggedNorInExceptions() throws Exception {
        felt.stubFor(get(urlEqualTo(MAP)).inScenario("throttled").whenScenarioStateIs(STARTED)
                .willReturn(jsonResponse(errors("Too Many Requests", "Rate limit exceeded", "{\"pointer\": \"\"}"), 429)
                        .withHeader("Retry-After", "1"))
                .willSetStateTo("ready"));
        felt.stubFor(get(urlEqualTo(MAP)).inScenario("throttled").whenScenarioStateIs("ready")
                .willReturn(okJson(FeltJson.map(MAP_ID, "Wildfires"))));
        felt.stubFor(post(urlEqualTo(MAP + "/duplicate")).willReturn(jsonResponse(
                errors("Unauthorized", "Invalid API token", "{\"header\": \"authorization\"}"), 401)));

        Exchange retried = template.send("direct:get", exchange -> { });
        Exchange failed = template.send("direct:duplicate", exchange -> { });

        assertThat(retried.getException()).isNull();
        assertThat(failed.getException()).isNotNull();
        felt.verify(2, getRequestedFor(urlEqualTo(MAP)).withHeader("Authorization", equalTo("Bearer " + SECRET)));
        felt.verify(1, postRequestedFor(urlEqualTo(MAP + "/duplicate"))
                .withHeader("Authorization", equalTo("Bearer " + SECRET)));
        List<String> events = logs.events();
        // the capture saw the retry, the failure and Camel's own debug logging, so it would have seen the token
        assertThat(events).anyMatch(event -> event.startsWith("WARN ") && event.contains("answered 429"));
        assertThat(events).anyMatch(event -> event.startsWith("ERROR ") && event.contains("401 Unauthorized"));
        assertThat(events).anyMatch(event -> event.startsWith("DEBUG org.apache.camel"));
        assertThat(events).anyMatch(event -> event.startsWith("DEBUG dev.camelfelt"));
        assertThat(events).noneMatch(event -> event.contains(SECRET));
        assertThat(failed.getException().getMessage()).doesNotContain(SECRET);
        assertThat(failed.getException().toString()).doesNotContain(SECRET);
        assertThat(stackTrace(failed.getException())).doesNotContain(SECRET);
    }

    @Test
    void whatCamelPrintsOfTheEndpointsHidesTheToken() {
        List<FeltEndpoint> endpoints = context.getEndpoints().stream()
                .filter(FeltEndpoint.class::isInstance).map(FeltEndpoint.class::cast).toList();
        assertThat(endpoints).hasSize(2);
        for (FeltEndpoint endpoint : endpoints) {
            assertThat(endpoint.getConfiguration().getApiToken()).isEqualTo(SECRET);
            assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri()))
                    .doesNotContain(SECRET).contains("apiToken=xxxxxx");
            assertThat(endpoint.getEndpointBaseUri()).doesNotContain(SECRET);
            assertThat(endpoint.toString()).doesNotContain(SECRET);
            assertThat(endpoint.getConfiguration().toString()).doesNotContain(SECRET).contains("apiToken=xxxxxx");
        }
        for (String routeId : List.of("get-map", "duplicate-map")) {
            ToDefinition to = (ToDefinition) context.getRouteDefinition(routeId).getOutputs().get(0);
            assertThat(to.getUri()).contains(SECRET);
            assertThat(URISupport.sanitizeUri(to.getUri())).doesNotContain(SECRET);
        }
        assertThat(logs.events()).anyMatch(event -> event.contains("Started get-map (direct://get)"));
        assertThat(logs.events()).noneMatch(event -> event.contains(SECRET));
    }

    @Test
    void theComponentConfigurationHidesItsToken() {
        FeltComponent component = context.getComponent("felt", FeltComponent.class);

        assertThat(component.getConfiguration().getApiToken()).isEqualTo(TOKEN);
        assertThat(component.getConfiguration().toString()).doesNotContain(TOKEN).contains("apiToken=xxxxxx");
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
